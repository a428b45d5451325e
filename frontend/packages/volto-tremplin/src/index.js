import installAccess from './access';
import installAccounts from './accounts';
import installAssessment from './assessment';
import installCompanies from './companies';
import installDirectory from './directory';
import installExperts from './experts';
import installForms from './forms';
import installIdentity from './identity';
import installModeration from './moderation';
import installPerformance from './performance';
import installSearch from './search';
import installSecurity from './security';
import installSeo from './seo';
import installSite from './site';
import { withSkipTargets } from './site/skipTarget';
import installTags from './tags';
import installVerification from './verification';

// One install function per feature; each takes the Volto config and returns it.
const FEATURES = [
  installSite,
  installIdentity,
  installAccounts,
  installForms,
  installCompanies,
  installExperts,
  installDirectory,
  installAssessment,
  installSearch,
  installVerification,
  installModeration,
  installAccess,
  installSecurity,
  installTags,
  installSeo,
  // Last: compression wraps every other feature's Express middleware.
  installPerformance,
];

const applyConfig = (config) => {
  const earlierRoutes = config.addonRoutes || [];
  const cfg = FEATURES.reduce((current, install) => install(current), config);
  cfg.addonRoutes = withSkipTargets(cfg.addonRoutes || [], earlierRoutes);
  return cfg;
};

export default applyConfig;

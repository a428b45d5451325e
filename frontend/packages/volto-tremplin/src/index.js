import installAccounts from './accounts';
import installCompanies from './companies';
import installForms from './forms';
import installIdentity from './identity';
import installSite from './site';
import installVerification from './verification';

// One install function per feature; each takes the Volto config and returns it.
const FEATURES = [
  installSite,
  installIdentity,
  installAccounts,
  installForms,
  installCompanies,
  installVerification,
];

const applyConfig = (config) =>
  FEATURES.reduce((cfg, install) => install(cfg), config);

export default applyConfig;

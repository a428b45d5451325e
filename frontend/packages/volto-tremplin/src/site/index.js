import ErrorViews from './components/ErrorViews';
import {
  DEFAULT_LANGUAGE,
  SUPPORTED_LANGUAGES,
  languageOfPathExtender,
} from './language';

export { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES } from './language';

/**
 * The bilingual site (French first) and the pages every site has: the
 * language of a page follows its language root, error pages get a title and
 * a way back home.
 */
export default function installSite(config) {
  config.settings = {
    ...config.settings,
    isMultilingual: true,
    supportedLanguages: SUPPORTED_LANGUAGES,
    defaultLanguage: DEFAULT_LANGUAGE,
    asyncPropsExtenders: [
      ...(config.settings.asyncPropsExtenders || []),
      languageOfPathExtender,
    ],
  };
  config.views = {
    ...config.views,
    errorViews: { ...config.views?.errorViews, ...ErrorViews },
  };
  return config;
}

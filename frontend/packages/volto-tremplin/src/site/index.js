// French first: the platform serves francophone SMEs; English is complete
// for international partners. The backend (plone.app.multilingual) holds the
// matching /fr and /en language root folders.
export const SUPPORTED_LANGUAGES = ['fr', 'en'];
export const DEFAULT_LANGUAGE = 'fr';

export default function installSite(config) {
  config.settings = {
    ...config.settings,
    isMultilingual: true,
    supportedLanguages: SUPPORTED_LANGUAGES,
    defaultLanguage: DEFAULT_LANGUAGE,
  };
  return config;
}

/**
 * The site's languages, and the language of a page from its address.
 *
 * French first: the platform serves francophone SMEs; English is complete
 * for international partners. The backend (plone.app.multilingual) holds the
 * matching /fr and /en language root folders.
 */
import { changeLanguage } from '@plone/volto/actions/language/language';

export const SUPPORTED_LANGUAGES = ['fr', 'en'];
export const DEFAULT_LANGUAGE = 'fr';

/** The language root a path is in ('/en/…' → 'en'), or null outside them. */
export function languageOfPath(pathname) {
  const first = (pathname || '').split('/')[1];
  return SUPPORTED_LANGUAGES.includes(first) ? first : null;
}

/** The path of the home page in `language` (the default one otherwise). */
export function homePathOf(language) {
  return `/${SUPPORTED_LANGUAGES.includes(language) ? language : DEFAULT_LANGUAGE}`;
}

/**
 * Switches the interface to the language of the path's language root when it
 * differs; resolves once done. Volto takes the language of a page from its
 * content, and error pages have none: /en/missing came out in French (the
 * cookie's or the default language).
 */
export function switchToLanguageOfPath(pathname, { dispatch, getState }) {
  const language = languageOfPath(pathname);
  if (!language || getState().intl?.locale === language) {
    return Promise.resolve();
  }
  return import('@root/../locales/' + language + '.json').then((locale) =>
    dispatch(changeLanguage(language, locale.default)),
  );
}

/**
 * Volto's asyncConnect extender that runs switchToLanguageOfPath on every
 * route, on the server (before the page is rendered) and in the browser.
 */
export const languageOfPathExtender = {
  path: '/',
  extend: (dispatchActions) => [
    ...dispatchActions,
    {
      key: 'tremplinLanguageOfPath',
      promise: ({ location, store }) =>
        switchToLanguageOfPath(location.pathname, store),
    },
  ],
};

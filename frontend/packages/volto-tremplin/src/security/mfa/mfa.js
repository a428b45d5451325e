/** Paths of two-step verification, shared by the page, the guard and the login. */
import { languageOf } from '../login/login';
import { LOGIN_REASON_MFA, MFA_PAGE } from './constants';

/** Whether `pathname` is the settings page (/fr/security/mfa). */
export const isMfaPage = (pathname) =>
  new RegExp(`^/(fr|en)/${MFA_PAGE}/?$`).test(pathname || '');

/** Pages the guard never leaves: logging in and out. */
export const isSessionPage = (pathname) =>
  /(^|\/)(login|logout)\/?$/.test(pathname || '');

/** The settings page in `language`, remembering where to go back to. */
export function mfaPagePath(language, returnUrl) {
  const page = `/${language}/${MFA_PAGE}`;
  return returnUrl
    ? `${page}?return_url=${encodeURIComponent(returnUrl)}`
    : page;
}

/**
 * The login page in the language of `pathname`, coming back to it after,
 * saying that the session must be opened again with a code (reason=mfa).
 */
export function loginPathFor(pathname, search, locale) {
  const language = languageOf(pathname, locale);
  const query = new URLSearchParams({
    reason: LOGIN_REASON_MFA,
    return_url: `${pathname}${search || ''}`,
  });
  return `/${language}/login?${query.toString()}`;
}

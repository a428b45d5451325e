/**
 * The rules of the login page that need no React: what a failed request
 * means, where to go afterwards, which language the links use.
 */
import qs from 'query-string';
import {
  fieldErrorsFrom,
  retryAfterSeconds,
} from '../../accounts/registration';

const LANGUAGES = ['fr', 'en'];

/** The HTTP status of a failed request of Volto's API middleware. */
export const statusOf = (error) => error?.status ?? error?.response?.status;

/**
 * What a failed @login means for the form:
 * - `locked`: too many failures, `retryAfter` seconds to wait (or null);
 * - `invalid`: wrong login or password, `captchaRequired` for the next try;
 * - `fields`: a 400 naming fields (`errors`, e.g. {captcha: "…"});
 * - `unavailable`: anything else (network, server error).
 */
export function passwordFailureOf(error) {
  const status = statusOf(error);
  const body = error?.response?.body || {};
  if (status === 429) {
    const seconds = Number.parseInt(body.retry_after, 10);
    return {
      kind: 'locked',
      retryAfter:
        Number.isFinite(seconds) && seconds > 0
          ? seconds
          : retryAfterSeconds(error),
    };
  }
  if (status === 401) {
    return { kind: 'invalid', captchaRequired: Boolean(body.captcha_required) };
  }
  if (status === 400) {
    return { kind: 'fields', errors: fieldErrorsFrom(error) };
  }
  return { kind: 'unavailable' };
}

/**
 * What a failed @tremplin-login-code (or -sms) means: `code` (wrong code, the
 * server's message says how many tries are left), `challenge` (expired or
 * used up: start again with the password), `locked` (too many failures on
 * the account), or `unavailable` with the server's message if it sent one
 * (SMS sent too recently, SMS gateway down).
 */
export function codeFailureOf(error) {
  const status = statusOf(error);
  const body = error?.response?.body || {};
  if (status === 429 && body.error?.type === 'Locked') {
    return { kind: 'locked', retryAfter: passwordFailureOf(error).retryAfter };
  }
  if (status !== 400) {
    return {
      kind: 'unavailable',
      message: body.message ?? body.error?.message ?? null,
    };
  }
  const errors = fieldErrorsFrom(error);
  if (errors.challenge !== undefined) {
    return { kind: 'challenge', message: errors.challenge };
  }
  return { kind: 'code', message: errors.code ?? errors[''] ?? '' };
}

/**
 * A path of this site to go to, or null: only "/…" paths, never another
 * site ("//host", "/\host", "https://…"), never the login page itself.
 */
export function safePath(value) {
  if (typeof value !== 'string' || !value.startsWith('/')) {
    return null;
  }
  if (/^\/[\\/]/.test(value) || /[\r\n]/.test(value)) {
    return null;
  }
  if (/\/(login|logout)\/?(\?.*)?$/.test(value)) {
    return null;
  }
  return value;
}

/**
 * Where the login leads: the page named by ?return_url=, else the page the
 * /login path hangs under (/fr/login → /fr), else the home page.
 */
export function returnUrlOf(location) {
  const asked = qs.parse(location?.search || '').return_url;
  const parent = (location?.pathname || '').replace(/\/login\/?$/, '');
  return safePath(asked) || safePath(parent) || '/';
}

/** The interface language for links: the path's first segment, else `locale`. */
export function languageOf(pathname, locale) {
  const first = (pathname || '').split('/')[1];
  if (LANGUAGES.includes(first)) {
    return first;
  }
  return LANGUAGES.includes(locale) ? locale : 'fr';
}

/** A typed code as the server compares it: no spaces (people copy "123 456"). */
export const normalizeCode = (code) => (code || '').replace(/\s+/g, '');

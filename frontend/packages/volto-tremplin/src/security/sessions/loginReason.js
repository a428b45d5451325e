/**
 * Where a member lands when her session ends, and how the login page reads
 * why (contract with the login page, src/security/login/):
 *
 *   /<lang>/login?reason=idle&minutes=<N>&return_url=<path>
 *   /<lang>/login?reason=expired&return_url=<path>
 */
import { REASON_EXPIRED, REASON_IDLE, SESSION_EXPIRED } from './constants';

const SESSION_PAGES = /\/(login|logout)\/?$/;

/** The login page URL that says why the session ended. */
export function sessionEndUrl(language, reason, { minutes, returnUrl } = {}) {
  const query = new URLSearchParams({ reason });
  if (reason === REASON_IDLE && Number.isInteger(minutes) && minutes > 0) {
    query.set('minutes', `${minutes}`);
  }
  const path = (returnUrl || '').split('?')[0];
  // Never back to a login page, nor anywhere off the site.
  if (returnUrl?.startsWith('/') && !returnUrl.startsWith('//')) {
    if (!SESSION_PAGES.test(path)) {
      query.set('return_url', returnUrl);
    }
  }
  return `/${language || 'fr'}/login?${query.toString()}`;
}

/**
 * The reason a login page URL carries: `{reason: 'idle', minutes}`,
 * `{reason: 'expired'}`, or null (none, or one we do not know).
 */
export function sessionEndReason(search) {
  const query = new URLSearchParams(search || '');
  const reason = query.get('reason');
  if (reason === REASON_IDLE) {
    const minutes = Number.parseInt(query.get('minutes'), 10);
    return {
      reason,
      minutes: Number.isInteger(minutes) && minutes > 0 ? minutes : null,
    };
  }
  if (reason === REASON_EXPIRED) {
    return { reason };
  }
  return null;
}

/** The error `type` of a failed request's JSON body, wherever it is. */
function errorTypeOf(error) {
  const body = error?.response?.body;
  return body?.type ?? body?.error?.type ?? null;
}

/** Does this request error say the session is over (401 SessionExpired)? */
export function isSessionExpired(error) {
  const status = error?.status ?? error?.response?.status;
  return status === 401 && errorTypeOf(error) === SESSION_EXPIRED;
}

/**
 * Requests of the session keep-alive (`@tremplin-session` on the site root).
 * dispatch() resolves to the JSON body:
 * `{idle_timeout, lifetime, idle_expires, expires}` (seconds, ISO dates).
 *
 * Both carry `sessionMonitor: true`, which Volto's API middleware copies to
 * their _FAIL action: the idle monitor handles their SessionExpired answer
 * itself (it knows whether the member was idle), the global handler
 * (middleware.js) leaves them alone.
 */
import {
  BACKGROUND_HEADER,
  GET_TREMPLIN_SESSION,
  KEEP_TREMPLIN_SESSION,
} from './constants';

/** GET @tremplin-session, marked as background: it is not activity. */
export function getSession() {
  return {
    type: GET_TREMPLIN_SESSION,
    sessionMonitor: true,
    request: {
      op: 'get',
      path: '/@tremplin-session',
      headers: { [BACKGROUND_HEADER]: '1' },
    },
  };
}

/** POST @tremplin-session: the member is active, keep her session. */
export function keepSession() {
  return {
    type: KEEP_TREMPLIN_SESSION,
    sessionMonitor: true,
    request: { op: 'post', path: '/@tremplin-session' },
  };
}

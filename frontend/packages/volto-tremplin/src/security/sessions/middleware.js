import { LOGIN, LOGOUT } from '@plone/volto/constants/ActionTypes';
import { REASON_EXPIRED } from './constants';
import { endSession } from './endSession';
import { isSessionExpired } from './loginReason';

// Their 401 says nothing about a session: a refused password, or the end
// of the session being ended.
const IGNORED = [`${LOGIN}_FAIL`, `${LOGOUT}_FAIL`];

/**
 * Redux middleware (config.settings.storeExtenders): any API request that
 * the server refuses with 401 SessionExpired (idle or lifetime over, the
 * session ended by a password reset…) signs the member out and opens the
 * login page with reason=expired. It sits after Volto's API middleware,
 * whose `_FAIL` actions carry the request error. The idle monitor's own
 * requests (`sessionMonitor`) are its to handle.
 */
export const sessionExpiryMiddleware =
  ({ dispatch }) =>
  (next) =>
  (action) => {
    const result = next(action);
    if (
      __CLIENT__ &&
      typeof action?.type === 'string' &&
      action.type.endsWith('_FAIL') &&
      !action.sessionMonitor &&
      !IGNORED.includes(action.type) &&
      isSessionExpired(action.error)
    ) {
      dispatch(endSession(REASON_EXPIRED));
    }
    return result;
  };

/** storeExtender: our middleware last, after Volto's API middleware. */
export const addSessionExpiryMiddleware = (stack) => [
  ...stack,
  sessionExpiryMiddleware,
];

import { push } from 'connected-react-router';
import { logout } from '@plone/volto/actions/userSession/userSession';
import { sessionEndUrl } from './loginReason';

// The token whose session is being ended: the idle monitor and the
// SessionExpired handler may both see the end, it is done once.
let endingToken = null;

/**
 * Ends the member's session the way Volto's own logout does (POST @logout,
 * the token and its cookie dropped), then opens the login page saying why
 * (`reason`: 'idle' with `minutes`, or 'expired').
 *
 * A session the server already ended answers @logout with a 401: Volto's
 * reducer drops the token on LOGOUT_FAIL as on LOGOUT_SUCCESS.
 */
export function endSession(reason, { minutes } = {}) {
  return (dispatch, getState) => {
    const state = getState();
    const token = state.userSession?.token;
    if (!token || token === endingToken) {
      return Promise.resolve();
    }
    endingToken = token;
    const { pathname = '', search = '' } = state.router?.location || {};
    const url = sessionEndUrl(state.intl?.locale, reason, {
      minutes,
      returnUrl: `${pathname}${search}`,
    });
    return Promise.resolve(dispatch(logout()))
      .catch(() => {})
      .then(() => {
        dispatch(push(url));
      });
  };
}

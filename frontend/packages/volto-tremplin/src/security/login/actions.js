/**
 * Requests of the login in two steps. dispatch() resolves to the JSON body,
 * or rejects with the request's error (status, response.body, headers).
 */
import { LOGIN } from '@plone/volto/constants/ActionTypes';
import {
  LOGIN_WITH_CODE,
  LOGIN_WITH_PASSWORD,
  SEND_LOGIN_SMS,
} from './constants';

/**
 * POST @login with the password (and the captcha's solution once the server
 * asks for one): {token} or, with two-step verification on, {mfa_required,
 * challenge, methods, expires}.
 */
export function loginWithPassword({ login, password, captcha }) {
  return {
    type: LOGIN_WITH_PASSWORD,
    request: {
      op: 'post',
      path: '/@login',
      data: captcha ? { login, password, captcha } : { login, password },
    },
  };
}

/** POST @tremplin-login-code: the second step, {token} on success. */
export function loginWithCode(challenge, code) {
  return {
    type: LOGIN_WITH_CODE,
    request: {
      op: 'post',
      path: '/@tremplin-login-code',
      data: { challenge, code },
    },
  };
}

/** POST @tremplin-login-sms: sends a code by SMS for the challenge. */
export function sendLoginSms(challenge) {
  return {
    type: SEND_LOGIN_SMS,
    request: {
      op: 'post',
      path: '/@tremplin-login-sms',
      data: { challenge },
    },
  };
}

/**
 * What Volto's own login dispatches once @login answered: the userSession
 * reducer keeps the token and Volto's AuthToken helper writes the
 * auth_token cookie and schedules its renewal.
 */
export function loggedIn(token) {
  return { type: `${LOGIN}_SUCCESS`, result: { token } };
}

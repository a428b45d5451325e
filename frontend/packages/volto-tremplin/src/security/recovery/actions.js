/**
 * Requests of the password reset. Both services live on the site root and
 * answer anonymous visitors; dispatch() resolves to the JSON body, or
 * rejects with the request's error (status, response.body, headers).
 */
import { CONFIRM_PASSWORD_RESET, REQUEST_PASSWORD_RESET } from './constants';

/**
 * POST @tremplin-password-reset: a code by mail to `email`, if it has an
 * account (202, the same answer either way). `captcha` is the ALTCHA
 * payload, `website` the honeypot (empty for people).
 */
export function requestPasswordReset({ email, captcha, website = '' }) {
  return {
    type: REQUEST_PASSWORD_RESET,
    request: {
      op: 'post',
      path: '/@tremplin-password-reset',
      data: { email, captcha, website },
    },
  };
}

/**
 * POST @tremplin-password-reset-confirm: the code of the mail and the new
 * password → {status: "reset"}; 400 naming `code` or `password`.
 */
export function confirmPasswordReset({ email, code, password }) {
  return {
    type: CONFIRM_PASSWORD_RESET,
    request: {
      op: 'post',
      path: '/@tremplin-password-reset-confirm',
      data: { email, code, password },
    },
  };
}

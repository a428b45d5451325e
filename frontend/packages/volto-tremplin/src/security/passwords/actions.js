/**
 * Requests about passwords. dispatch() resolves to the JSON body, or
 * rejects with the request's error (status, response.body).
 */
import { CHANGE_PASSWORD, CHECK_PASSWORD } from './constants';

/**
 * POST @tremplin-password-check (anonymous): {score, acceptable, problems,
 * suggestions} for `password`; the e-mail and name make passwords built
 * from them weak.
 */
export function checkPassword(password, { email, fullname } = {}) {
  return {
    type: CHECK_PASSWORD,
    request: {
      op: 'post',
      path: '/@tremplin-password-check',
      data: {
        password,
        ...(email && { email }),
        ...(fullname && { fullname }),
      },
    },
  };
}

/**
 * The member changes her own password (Volto's change-password request:
 * POST @users/<id>/reset-password with the current one).
 */
export function changePassword(userId, oldPassword, newPassword) {
  return {
    type: CHANGE_PASSWORD,
    request: {
      op: 'post',
      path: `/@users/${encodeURIComponent(userId)}/reset-password`,
      data: { old_password: oldPassword, new_password: newPassword },
    },
  };
}

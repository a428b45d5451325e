/** Action types of the password reset (backend: oif.tremplin.security.recovery). */
export const REQUEST_PASSWORD_RESET = 'TREMPLIN_REQUEST_PASSWORD_RESET';
export const CONFIRM_PASSWORD_RESET = 'TREMPLIN_CONFIRM_PASSWORD_RESET';

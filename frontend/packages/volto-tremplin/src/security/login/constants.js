/** Action types of the login (backend: oif.tremplin.security.mfa). */
export const LOGIN_WITH_PASSWORD = 'TREMPLIN_LOGIN_WITH_PASSWORD';
export const LOGIN_WITH_CODE = 'TREMPLIN_LOGIN_WITH_CODE';
export const SEND_LOGIN_SMS = 'TREMPLIN_SEND_LOGIN_SMS';

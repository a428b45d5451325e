/** Action types of the password pages (backend: oif.tremplin.security.passwords). */
export const CHECK_PASSWORD = 'TREMPLIN_CHECK_PASSWORD';
export const CHANGE_PASSWORD = 'TREMPLIN_CHANGE_PASSWORD';

/** Action types of two-step verification (backend: oif.tremplin.security.mfa). */
export const GET_MFA_STATUS = 'TREMPLIN_GET_MFA_STATUS';
export const START_TOTP = 'TREMPLIN_START_TOTP';
export const CONFIRM_TOTP = 'TREMPLIN_CONFIRM_TOTP';
export const START_SMS = 'TREMPLIN_START_SMS';
export const CONFIRM_SMS = 'TREMPLIN_CONFIRM_SMS';
export const DISABLE_MFA = 'TREMPLIN_DISABLE_MFA';
export const RENEW_RECOVERY_CODES = 'TREMPLIN_RENEW_RECOVERY_CODES';
export const SEND_ACTION_SMS = 'TREMPLIN_SEND_ACTION_SMS';

/** The settings page, under a language root: /fr/security/mfa. */
export const MFA_PAGE = 'security/mfa';

/** The type of the 403 the backend answers until enrolment is done. */
export const ENROLMENT_REQUIRED = 'MFAEnrolmentRequired';
/** The type of the 401 for a session opened without the second factor. */
export const MFA_REQUIRED = 'MFARequired';

/** Why the login page was reached: a session without the second factor. */
export const LOGIN_REASON_MFA = 'mfa';

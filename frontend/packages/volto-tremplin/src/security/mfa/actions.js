/**
 * Requests of the two-step verification settings (@tremplin-mfa, the
 * signed-in user's own account). dispatch() resolves to the JSON body.
 */
import {
  CONFIRM_SMS,
  CONFIRM_TOTP,
  DISABLE_MFA,
  GET_MFA_STATUS,
  RENEW_RECOVERY_CODES,
  SEND_ACTION_SMS,
  START_SMS,
  START_TOTP,
} from './constants';

const post = (type, path, data = {}) => ({
  type,
  request: { op: 'post', path: `/@tremplin-mfa${path}`, data },
});

/** {enabled, methods, required, recovery_codes_left, sms: {phone}|null}. */
export function getMfaStatus() {
  return {
    type: GET_MFA_STATUS,
    request: { op: 'get', path: '/@tremplin-mfa' },
  };
}

/** A new pending TOTP secret: {secret, otpauth_uri, qr_svg}. */
export function startTotp() {
  return post(START_TOTP, '/totp');
}

/** Turns the pending secret on with a first code: {recovery_codes}. */
export function confirmTotp(code) {
  return post(CONFIRM_TOTP, '/totp/confirm', { code });
}

/** Sends a code to `phone` (E.164) to check the number. */
export function startSms(phone) {
  return post(START_SMS, '/sms', { phone });
}

/** Turns SMS on with the code received. */
export function confirmSms(code) {
  return post(CONFIRM_SMS, '/sms/confirm', { code });
}

/** Turns two-step verification off (password and a current code). */
export function disableMfa({ password, code }) {
  return post(DISABLE_MFA, '/disable', { password, code });
}

/** Replaces the recovery codes (password and a current code). */
export function renewRecoveryCodes({ password, code }) {
  return post(RENEW_RECOVERY_CODES, '/recovery-codes', { password, code });
}

/**
 * Sends a code by SMS to the confirmed phone, for a change that needs a
 * current code: {phone (masked), expires}.
 */
export function sendActionSms() {
  return post(SEND_ACTION_SMS, '/sms/send');
}

/**
 * The password rules the backend applies (security.passwords.password_problems);
 * the frontend checks the length only, the backend has the last word.
 */
export const PASSWORD_MIN_LENGTH = 12;

/** Wait after the last key press before asking the backend (ms). */
export const CHECK_DELAY = 400;

/** The message key of a zxcvbn score (0–4). */
export const levelKey = (score) =>
  `level${Math.max(0, Math.min(4, Number(score) || 0))}`;

import { createHmac } from 'crypto';

/**
 * Time-based one-time passwords (RFC 6238, over RFC 4226's HOTP) with node's
 * crypto: what an authenticator application computes from the key the
 * enrolment page shows. 30-second steps, 6 digits, HMAC-SHA-1, as the
 * backend (security/mfa/totp.py) and the QR code's otpauth URI say.
 */
export const STEP_SECONDS = 30;
const DIGITS = 6;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The bytes of a base32 key (RFC 4648; spaces, dashes, case and padding ignored). */
export function base32Bytes(key: string): Buffer {
  const clean = key.toUpperCase().replace(/[\s=-]/g, '');
  let bits = '';
  for (const char of clean) {
    const value = BASE32.indexOf(char);
    if (value < 0) {
      throw new Error(`not a base32 key: ${key}`);
    }
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let index = 0; index + 8 <= bits.length; index += 8) {
    bytes.push(parseInt(bits.slice(index, index + 8), 2));
  }
  return Buffer.from(bytes);
}

/** HOTP (RFC 4226 §5.3): the code of counter `counter` for `key`. */
export function hotp(key: Buffer, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac('sha1', key).update(message).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** DIGITS).padStart(DIGITS, '0');
}

/** The 30-second step `time` (ms since the epoch) falls in. */
export const stepAt = (time = Date.now()): number =>
  Math.floor(time / 1000 / STEP_SECONDS);

/** The TOTP code of `secret` (base32) for `step` (default: now). */
export function totpCode(secret: string, step = stepAt()): string {
  return hotp(base32Bytes(secret), step);
}

/**
 * The rules of the external login that need no React: what the browser
 * keeps while it visits the provider, what the server's answer means.
 */
import qs from 'query-string';
import { errorTypeOf } from '../mfa/reducers';
import { safePath, statusOf } from '../login/login';
import {
  ACCOUNT_EXISTS,
  IDENTITY_IN_USE,
  JOURNEY_KEY,
  PURPOSE_LINK,
  PURPOSE_LOGIN,
} from './constants';

/** A visit to the provider older than this is not taken back. */
export const JOURNEY_MAX_AGE_MS = 30 * 60 * 1000;

const PURPOSES = [PURPOSE_LOGIN, PURPOSE_LINK];

/** The browser's sessionStorage, or null (server side, storage disabled). */
export function sessionStore() {
  try {
    return typeof window !== 'undefined' ? window.sessionStorage : null;
  } catch {
    return null;
  }
}

/**
 * Keeps, for this tab only, what the callback needs once the provider sends
 * the browser back: authomatic's signed state (`session`, it holds the
 * PKCE verifier and the nonce), the provider, why she went there and where
 * she was going. sessionStorage rather than the add-on's persisted reducer
 * (localStorage): nothing outlives the tab, nothing is shared between tabs.
 */
export function rememberJourney(
  store,
  { provider, title, purpose, session, returnUrl },
  now = Date.now(),
) {
  store?.setItem(
    JOURNEY_KEY,
    JSON.stringify({ provider, title, purpose, session, returnUrl, at: now }),
  );
}

/**
 * The journey to `provider` the tab started, removed from the store (the
 * state works once), or null when there is none, it was for another
 * provider, or it is too old.
 */
export function takeJourney(store, provider, now = Date.now()) {
  let journey = null;
  try {
    journey = JSON.parse(store?.getItem(JOURNEY_KEY) ?? 'null');
  } catch {
    journey = null;
  }
  store?.removeItem(JOURNEY_KEY);
  if (
    !journey ||
    journey.provider !== provider ||
    typeof journey.session !== 'string' ||
    !PURPOSES.includes(journey.purpose) ||
    !(now - journey.at < JOURNEY_MAX_AGE_MS)
  ) {
    return null;
  }
  return {
    provider,
    title: typeof journey.title === 'string' ? journey.title : provider,
    purpose: journey.purpose,
    session: journey.session,
    returnUrl: safePath(journey.returnUrl) || '/',
  };
}

/** Whether the server's next_url may be opened: a web address, nothing else. */
export function isWebAddress(url) {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * What the provider's redirect says by itself: `cancelled` when she
 * refused (OAuth 2 `access_denied`), `failed` for any other error it
 * reports, null when it brings a code to exchange.
 */
export function providerRefusalOf(search) {
  const { error } = qs.parse(search || '');
  if (!error) {
    return null;
  }
  return error === 'access_denied' ? 'cancelled' : 'failed';
}

/**
 * What a successful POST @login-authomatic means:
 * - `code`: the account has two-step verification, the challenge follows;
 * - `linked`: the identity is now linked to the signed-in member;
 * - `signedIn`: a session (`newAccount` when the server just created it);
 * - `unavailable`: an answer this page does not know.
 */
export function externalOutcomeOf(result) {
  if (result?.mfa_required && result.challenge) {
    return { kind: 'code' };
  }
  if (result?.linked) {
    return { kind: 'linked' };
  }
  if (result?.token) {
    return {
      kind: 'signedIn',
      newAccount: Boolean(result.new_account),
      enrolmentRequired: Boolean(result.mfa_enrolment_required),
    };
  }
  return { kind: 'unavailable' };
}

/**
 * What a refused POST @login-authomatic means: `accountExists` (her
 * provider's address is a Tremplin account's: sign in with the password,
 * then link), `identityInUse` (linked to another account), `failed` (the
 * provider's answer did not hold: state, PKCE, ID token), `unknownProvider`
 * (404), `locked` (too many failures on the account), `unavailable`.
 */
export function externalFailureOf(error) {
  const status = statusOf(error);
  const type = errorTypeOf(error);
  if (status === 409 && type === ACCOUNT_EXISTS) {
    return 'accountExists';
  }
  if (status === 409 && type === IDENTITY_IN_USE) {
    return 'identityInUse';
  }
  if (status === 401) {
    return 'failed';
  }
  if (status === 404) {
    return 'unknownProvider';
  }
  if (status === 429) {
    return 'locked';
  }
  return 'unavailable';
}

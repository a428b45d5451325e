/**
 * Action types and names of the external login (backend:
 * oif.tremplin.security.external over pas.plugins.authomatic).
 */
export const COMPLETE_EXTERNAL_LOGIN = 'TREMPLIN_COMPLETE_EXTERNAL_LOGIN';
export const GET_EXTERNAL_IDENTITIES = 'TREMPLIN_GET_EXTERNAL_IDENTITIES';
export const UNLINK_EXTERNAL_IDENTITY = 'TREMPLIN_UNLINK_EXTERNAL_IDENTITY';

/**
 * Where the provider sends the browser back: pas.plugins.authomatic's
 * RestAPIAdapter builds the redirect URI as `<publicUrl>/login-authomatic/<id>`.
 */
export const CALLBACK_PATH = '/login-authomatic';

/** The sessionStorage key of a sign-in or link on its way to a provider. */
export const JOURNEY_KEY = 'tremplin.external';

/** What the browser went to the provider for. */
export const PURPOSE_LOGIN = 'login';
export const PURPOSE_LINK = 'link';

/** Error types of the backend's refusals (security/external). */
export const ACCOUNT_EXISTS = 'AccountExists';
export const IDENTITY_IN_USE = 'IdentityInUse';

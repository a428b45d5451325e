/** Action types of the session keep-alive (backend: oif.tremplin.security.sessions). */
export const GET_TREMPLIN_SESSION = 'TREMPLIN_GET_SESSION';
export const KEEP_TREMPLIN_SESSION = 'TREMPLIN_KEEP_SESSION';

/**
 * The header that tells the server a request is not the member's doing
 * (polling): it does not count as activity. Only the idle monitor's reads
 * carry it; every request a member triggers goes without.
 */
export const BACKGROUND_HEADER = 'X-Tremplin-Background';

/** The 401 error type the server gives a token whose session is over. */
export const SESSION_EXPIRED = 'SessionExpired';

/** Why the login page was reached (its `reason` query parameter). */
export const REASON_IDLE = 'idle';
export const REASON_EXPIRED = 'expired';

/** The warning dialog opens this long before the idle logout. */
export const WARNING_MS = 60 * 1000;
/** At most one keep-alive request in this interval. */
export const KEEP_ALIVE_INTERVAL_MS = 60 * 1000;

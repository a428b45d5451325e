import { CACHE_SIZE, GET_DIRECTORY } from './constants';

const INITIAL = { key: null, loading: false, error: null, cache: [] };

/**
 * The directory search: the query asked for last (`key`), whether its
 * answer is on its way or failed, and the last answers by key, newest
 * first, so that the back button shows them again without a request. An
 * answer to an older query only goes into the cache.
 */
export function directory(state = INITIAL, action = {}) {
  switch (action.type) {
    case `${GET_DIRECTORY}_PENDING`:
      return { ...state, key: action.key, loading: true, error: null };
    case `${GET_DIRECTORY}_SUCCESS`: {
      const entry = {
        key: action.key,
        result: action.result,
        at: action.requestedAt ?? 0,
      };
      const cache = [
        entry,
        ...state.cache.filter(({ key }) => key !== action.key),
      ].slice(0, CACHE_SIZE);
      return action.key === state.key
        ? { ...state, loading: false, error: null, cache }
        : { ...state, cache };
    }
    case `${GET_DIRECTORY}_FAIL`:
      return action.key === state.key
        ? { ...state, loading: false, error: action.error ?? {} }
        : state;
    default:
      return state;
  }
}

/** The cached answer for `key` if it was asked for after `since` (ms). */
export function cachedAnswer(state, key, since = 0) {
  const entry = (state?.cache ?? []).find((item) => item.key === key);
  return entry && entry.at >= since ? entry.result : null;
}

/** The newest cached answer whose key starts with `prefix` (same reader). */
export function latestAnswer(state, prefix) {
  const entry = (state?.cache ?? []).find((item) =>
    item.key.startsWith(prefix),
  );
  return entry ? entry.result : null;
}

import { GET_REVIEW_QUEUE } from './constants';

const initialState = { items: [], loaded: false, loading: false, error: null };

/** The review list of the moderation page. */
export function reviewQueue(state = initialState, action = {}) {
  switch (action.type) {
    case `${GET_REVIEW_QUEUE}_PENDING`:
      return { ...state, loading: true, error: null };
    case `${GET_REVIEW_QUEUE}_SUCCESS`:
      return {
        items: action.result?.items ?? [],
        loaded: true,
        loading: false,
        error: null,
      };
    case `${GET_REVIEW_QUEUE}_FAIL`:
      return { ...state, loading: false, error: action.error ?? true };
    default:
      return state;
  }
}

import { SEARCH_GROUP } from './constants';

const EMPTY = { key: null, groups: {} };

const PENDING = {
  items: [],
  total: 0,
  loading: true,
  loaded: false,
  error: null,
};

/**
 * The groups of the search the page shows (state.tremplinSearch): per
 * group id, its first results and its total. A new `key` starts afresh.
 */
export function tremplinSearch(state = EMPTY, action = {}) {
  switch (action.type) {
    case `${SEARCH_GROUP}_PENDING`: {
      const groups = action.key === state.key ? state.groups : {};
      return {
        key: action.key,
        groups: { ...groups, [action.group]: PENDING },
      };
    }
    case `${SEARCH_GROUP}_SUCCESS`:
      if (action.key !== state.key) {
        return state;
      }
      return {
        ...state,
        groups: {
          ...state.groups,
          [action.group]: {
            // @search answers [] when the words are only “*”.
            items: (action.result?.items || []).map((item) => ({
              '@id': item['@id'],
              '@type': item['@type'],
              title: item.title,
              description: item.description,
              Subject: item.Subject || [],
            })),
            total: action.result?.items_total || 0,
            loading: false,
            loaded: true,
            error: null,
          },
        },
      };
    case `${SEARCH_GROUP}_FAIL`:
      if (action.key !== state.key) {
        return state;
      }
      return {
        ...state,
        groups: {
          ...state.groups,
          [action.group]: {
            ...PENDING,
            loading: false,
            error: action.error?.status || true,
          },
        },
      };
    default:
      return state;
  }
}

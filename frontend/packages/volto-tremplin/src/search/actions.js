import { SEARCH_GROUP } from './constants';
import { groupSearchPath } from './query';

/**
 * Searches one group of the platform search (stock @search on the language
 * root). `key` names the search the page is showing: answers of an older
 * search, arriving late, are dropped by the reducer.
 */
export function searchGroup(language, group, text, { key, b_start, b_size }) {
  return {
    type: SEARCH_GROUP,
    key,
    group: group.id,
    request: {
      op: 'get',
      path: groupSearchPath(language, group, text, { b_start, b_size }),
    },
  };
}

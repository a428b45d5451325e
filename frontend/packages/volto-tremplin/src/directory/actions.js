import { GET_DIRECTORY } from './constants';

/**
 * One page of the directory under the language root `root` ('/fr'), for
 * the query string `search` (the page's own, see query.js). `key` names
 * the answer in the store's cache (reader, root and query).
 */
export function getDirectory(root, search, key) {
  return {
    type: GET_DIRECTORY,
    key,
    requestedAt: Date.now(),
    request: {
      op: 'get',
      path: `${root}/@tremplin-directory${search ? `?${search}` : ''}`,
    },
  };
}

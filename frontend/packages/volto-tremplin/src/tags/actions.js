import { GET_TAGS, UPDATE_TAGS } from './constants';

/** The tags of one language root with their use counts. */
export function getTags(language) {
  return {
    type: GET_TAGS,
    request: { op: 'get', path: `/${language}/@tremplin-tags` },
  };
}

/** Renames (merges) `tags` into `newTag`, or deletes them when `newTag` is absent. */
export function updateTags(language, tags, newTag) {
  const data = newTag
    ? { action: 'rename', tags, new_tag: newTag }
    : { action: 'delete', tags };
  return {
    type: UPDATE_TAGS,
    request: { op: 'post', path: `/${language}/@tremplin-tags`, data },
  };
}

import { GET_PROFILE_COMPLETENESS } from './constants';

/**
 * How complete the profile at `path` is (backend: @tremplin-completeness,
 * for those who may edit it): `{score, missing: [{field, title, fieldset}]}`.
 */
export function getProfileCompleteness(path) {
  return {
    type: GET_PROFILE_COMPLETENESS,
    request: { op: 'get', path: `${path}/@tremplin-completeness` },
  };
}

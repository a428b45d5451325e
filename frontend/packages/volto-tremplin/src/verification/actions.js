import { FIRE_PROFILE_TRANSITION, GET_VERIFICATION_DOSSIER } from './constants';

/**
 * The verification file of the profile at `path` (a Company or an Expert):
 * its @workflow (transitions the reader may fire, history when she may read
 * it), its VerificationDocuments with their kind, and its creator (catalog
 * metadata: profiles have no Dublin Core behaviour, so the content itself
 * does not say who created it).
 */
export function getVerificationDossier(path) {
  return {
    type: GET_VERIFICATION_DOSSIER,
    path,
    request: [
      { op: 'get', path: `${path}/@workflow` },
      {
        op: 'get',
        path: `${path}/@search?portal_type=VerificationDocument&path.depth=1&fullobjects=1&b_size=100&sort_on=created`,
      },
      {
        op: 'get',
        path: `${path}/@search?path.depth=0&metadata_fields=Creator`,
      },
    ],
  };
}

/**
 * Fires `transition` (submit, appeal) on the profile at `path`; appeal
 * needs a comment, or the backend answers 400 (field `comment`).
 */
export function fireProfileTransition(path, transition, comment = '') {
  return {
    type: FIRE_PROFILE_TRANSITION,
    path,
    request: {
      op: 'post',
      path: `${path}/@workflow/${transition}`,
      data: comment ? { comment } : {},
    },
  };
}

import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import {
  GET_PROFILE_CHECKS,
  GET_REVIEW_QUEUE,
  REVIEW_PROFILE,
} from './constants';

/** The profiles waiting for a moderator, oldest first. */
export function getReviewQueue() {
  return {
    type: GET_REVIEW_QUEUE,
    request: { op: 'get', path: '/@tremplin-review-queue' },
  };
}

/** The automated checks of the profile at `url`. */
export function getProfileChecks(url) {
  return {
    type: GET_PROFILE_CHECKS,
    request: { op: 'get', path: `${flattenToAppURL(url)}/@tremplin-checks` },
  };
}

/** A moderator's decision (start_review, verify, reject, request_documents). */
export function reviewProfile(url, action, message = '') {
  return {
    type: REVIEW_PROFILE,
    request: {
      op: 'post',
      path: `${flattenToAppURL(url)}/@tremplin-review`,
      data: { action, message },
    },
  };
}

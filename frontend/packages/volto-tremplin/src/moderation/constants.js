export const GET_REVIEW_QUEUE = 'GET_TREMPLIN_REVIEW_QUEUE';
export const GET_PROFILE_CHECKS = 'GET_TREMPLIN_PROFILE_CHECKS';
export const REVIEW_PROFILE = 'REVIEW_TREMPLIN_PROFILE';

/** Roles that may open the review list (backend: oif.tremplin: Review profiles). */
export const REVIEWER_ROLES = ['Moderator', 'Site Administrator', 'Manager'];

/** Action types shared by the Company and Expert pages. */
export const GET_PROFILE_COMPLETENESS = 'TREMPLIN_GET_PROFILE_COMPLETENESS';

/** Action types of the applicant's verification file. */
export const GET_VERIFICATION_DOSSIER = 'TREMPLIN_GET_VERIFICATION_DOSSIER';
export const FIRE_PROFILE_TRANSITION = 'TREMPLIN_FIRE_PROFILE_TRANSITION';

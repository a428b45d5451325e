export const GET_ASSESSMENT = 'TREMPLIN_GET_ASSESSMENT';
export const GET_ASSESSMENT_DRAFT = 'TREMPLIN_GET_ASSESSMENT_DRAFT';
export const SAVE_ASSESSMENT_DRAFT = 'TREMPLIN_SAVE_ASSESSMENT_DRAFT';
export const SUBMIT_ASSESSMENT = 'TREMPLIN_SUBMIT_ASSESSMENT';
export const GET_ASSESSMENT_REPORT = 'TREMPLIN_GET_ASSESSMENT_REPORT';

/** The pages of the self-assessment, under a company's address. */
export const ASSESSMENT_PAGES = /\/assessment(\/take|\/report(\/\d+)?)?$/;

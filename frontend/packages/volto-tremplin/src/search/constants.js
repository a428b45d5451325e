/** Action type of one group of the platform search (one @search request). */
export const SEARCH_GROUP = 'TREMPLIN_SEARCH_GROUP';

/** Results shown per group on the overview, and per page of one group. */
export const OVERVIEW_SIZE = 5;
export const PAGE_SIZE = 20;

/** Text the search page accepts (the directory endpoint's limit for `q`). */
export const MAX_TEXT_LENGTH = 200;

/**
 * The directory page of each language (backend: directory pages created by
 * the profile); its `q` and `kind` parameters are the API's.
 */
export const DIRECTORY_PATHS = { fr: '/fr/annuaire', en: '/en/directory' };

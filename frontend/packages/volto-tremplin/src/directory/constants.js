/** Action type of the directory search (GET @tremplin-directory). */
export const GET_DIRECTORY = 'GET_TREMPLIN_DIRECTORY';

/**
 * The facets of the directory, in the order the page shows them; each name
 * is also the query parameter of the page and of the API (repeatable).
 */
export const FACETS = [
  'kind',
  'sector',
  'country',
  'region',
  'expertise',
  'size',
  'experience',
  'tag',
];

/** Sort keys the API knows (sort_on). */
export const SORT_KEYS = ['relevance', 'title', 'verified'];

/** Results per page: the API's default b_size. */
export const PAGE_SIZE = 20;

/** Longest text the API accepts in `q`. */
export const MAX_TEXT_LENGTH = 200;

/**
 * Roles that may search the directory (backend permission
 * oif.tremplin.directory.Search); members without one of them are Guests.
 */
export const SEARCHER_ROLES = [
  'Company Representative',
  'Expert',
  'Moderator',
  'Site Administrator',
  'Manager',
];

/** Facet values shown before “Show all”, selected ones always shown. */
export const SHORT_FACET_LENGTH = 6;

/** Directory answers kept for the back button (per user and query). */
export const CACHE_SIZE = 10;

/** How long (ms) a kept answer is shown again without a new request. */
export const CACHE_TTL = 5 * 60 * 1000;

/**
 * The directory's query, read from and written to the page's query string
 * with the parameter names of GET @tremplin-directory, so that the page's
 * address is the search (shareable, and the back button restores it).
 */
import { FACETS, MAX_TEXT_LENGTH, PAGE_SIZE, SORT_KEYS } from './constants';

/** No text, no facet value: every profile, the API's defaults. */
export const EMPTY_QUERY = Object.freeze({
  q: '',
  ...Object.fromEntries(FACETS.map((facet) => [facet, []])),
  verified_only: true,
  sort_on: '',
  recommended_first: false,
  b_start: 0,
});

function startOf(value) {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : 0;
}

/**
 * The query in `search` (a location's query string); parameters the
 * directory does not know and invalid values are left out.
 */
export function parseQuery(search = '') {
  const params = new URLSearchParams(search);
  const sortOn = params.get('sort_on');
  return {
    q: (params.get('q') || '').trim().slice(0, MAX_TEXT_LENGTH),
    ...Object.fromEntries(
      FACETS.map((facet) => [
        facet,
        [...new Set(params.getAll(facet).filter(Boolean))],
      ]),
    ),
    verified_only: params.get('verified_only') !== 'false',
    sort_on: SORT_KEYS.includes(sortOn) ? sortOn : '',
    recommended_first: params.get('recommended_first') === 'true',
    b_start: startOf(params.get('b_start')),
  };
}

/** The query string of `query`, without `?`; defaults are left out. */
export function toSearch(query) {
  const params = new URLSearchParams();
  if (query.q) {
    params.append('q', query.q);
  }
  FACETS.forEach((facet) =>
    (query[facet] || []).forEach((token) => params.append(facet, token)),
  );
  if (query.verified_only === false) {
    params.append('verified_only', 'false');
  }
  if (query.sort_on) {
    params.append('sort_on', query.sort_on);
  }
  if (query.recommended_first) {
    params.append('recommended_first', 'true');
  }
  if (query.b_start > 0) {
    params.append('b_start', String(query.b_start));
  }
  return params.toString();
}

/** `query` with `token` of `facet` selected or not, from the first page. */
export function withFacetValue(query, facet, token, isSelected) {
  const others = (query[facet] || []).filter((value) => value !== token);
  return {
    ...query,
    [facet]: isSelected ? [...others, token] : others,
    b_start: 0,
  };
}

/** `query` with one setting changed (text, sort…), from the first page. */
export function withSetting(query, name, value) {
  return { ...query, [name]: value, b_start: 0 };
}

/** Whether the text or a facet narrows the results. */
export function hasFilters(query) {
  return (
    Boolean(query.q) ||
    query.verified_only === false ||
    FACETS.some((facet) => (query[facet] || []).length > 0)
  );
}

/** `query` without text nor filters; the order of the results is kept. */
export function withoutFilters(query) {
  return {
    ...EMPTY_QUERY,
    sort_on: query.sort_on,
    recommended_first: query.recommended_first,
  };
}

/** The order the results come in when the page does not say it. */
export function defaultSort(query) {
  return query.q ? 'relevance' : 'title';
}

/** 1-based number of the page starting at `start` and the page count. */
export function pageInfo(start = 0, size = PAGE_SIZE, total = 0) {
  const pageSize = size > 0 ? size : PAGE_SIZE;
  return {
    current: Math.floor(start / pageSize) + 1,
    count: Math.max(1, Math.ceil(total / pageSize)),
    size: pageSize,
  };
}

/**
 * The page numbers to link: the first, the last, the current one and its
 * neighbours; null stands for the pages left out between them.
 */
export function pagesToShow(current, count) {
  const wanted = new Set([1, count, current - 1, current, current + 1]);
  const pages = [...wanted]
    .filter((page) => page >= 1 && page <= count)
    .sort((a, b) => a - b);
  return pages.flatMap((page, index) =>
    index > 0 && page - pages[index - 1] > 1 ? [null, page] : [page],
  );
}

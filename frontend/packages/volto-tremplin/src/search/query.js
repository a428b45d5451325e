/**
 * The platform search as pure functions: what the address asks for, the
 * @search request of a group, and where a group's “see all” link leads.
 */
import { DIRECTORY_PATHS, MAX_TEXT_LENGTH, PAGE_SIZE } from './constants';

const toList = (value) => (Array.isArray(value) ? value : [value]);

/**
 * The words typed, as the catalog's text index wants them: parentheses,
 * quotes, `*` and `?` would be read as query syntax (and an unbalanced
 * quote is an error), so they become spaces; the last word gets a `*` so
 * that “mang” finds “mangue”, as Volto's own search does.
 */
export function catalogText(text) {
  const words = (text || '')
    .replace(/["()*?]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 0 ? `${words.join(' ')}*` : '';
}

/** What the address of the search page asks for. */
export function readSearchParams(search, groups) {
  const params = new URLSearchParams(search || '');
  const text = (params.get('SearchableText') || '')
    .trim()
    .slice(0, MAX_TEXT_LENGTH);
  const type = params.get('type');
  const group = groups.find(({ id }) => id === type) || null;
  const page = Math.max(1, parseInt(params.get('page'), 10) || 1);
  return { text, group, page: group ? page : 1 };
}

/** The address of the search page for `text` (and one group's page). */
export function searchUrl(language, text, { type, page } = {}) {
  const params = new URLSearchParams({ SearchableText: text });
  if (type) {
    params.set('type', type);
  }
  if (page && page > 1) {
    params.set('page', String(page));
  }
  return `/${language}/search?${params.toString()}`;
}

/**
 * The @search request of `group` in the language root `language`: its
 * types only, summaries from catalog metadata (never full objects; the
 * catalog leaves out what the reader may not see), relevance order.
 * Called on the language root, @search keeps to its path.
 */
export function groupSearchPath(language, group, text, { b_start, b_size }) {
  const params = new URLSearchParams();
  params.set('SearchableText', catalogText(text));
  toList(group.portal_type).forEach((type) => {
    params.append('portal_type:list', type);
  });
  toList(group.metadata_fields || ['Subject']).forEach((field) => {
    params.append('metadata_fields:list', field);
  });
  params.set('b_start', String(b_start || 0));
  params.set('b_size', String(b_size));
  return `/${language}/@search?${params.toString()}`;
}

/**
 * Where “see all” leads: the directory, filtered by the same words and the
 * kind of profile, for the groups that have a `directoryKind`; this page,
 * with the group alone and paginated, for the others.
 */
export function seeAllUrl(language, group, text) {
  if (group.directoryKind && DIRECTORY_PATHS[language]) {
    const params = new URLSearchParams({ q: text, kind: group.directoryKind });
    return `${DIRECTORY_PATHS[language]}?${params.toString()}`;
  }
  return searchUrl(language, text, { type: group.id });
}

/** How many pages one group's results fill. */
export const pageCount = (total) => Math.max(1, Math.ceil(total / PAGE_SIZE));

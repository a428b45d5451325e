/**
 * Pure helpers of the administration screens: query strings of the audit
 * log and its CSV export, paging, the assignable roles and grant periods.
 */
import { AUDIT_PAGE_SIZE } from './constants';

export const AUDIT_FILTERS = ['actor', 'action', 'target', 'start', 'end'];

/** "actor=…&start=…" with the filled filters only, in a stable order. */
export function auditQuery(filters = {}, extra = {}) {
  const params = new URLSearchParams();
  AUDIT_FILTERS.forEach((name) => {
    const value = `${filters[name] ?? ''}`.trim();
    if (value) {
      params.set(name, value);
    }
  });
  Object.entries(extra).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      params.set(name, `${value}`);
    }
  });
  return params.toString();
}

/** The API path of one page of the audit log. */
export function auditPath(filters, bStart = 0, bSize = AUDIT_PAGE_SIZE) {
  return `/@tremplin-audit?${auditQuery(filters, {
    b_start: bStart,
    b_size: bSize,
  })}`;
}

/** The CSV export of the same filters (every entry, no paging). */
export function auditCsvPath(filters) {
  return `/@tremplin-audit?${auditQuery({ ...filters }, { format: 'csv' })}`;
}

/** The API path of the elevated-privileges report for a period. */
export function privilegesPath({ start, end } = {}) {
  const query = auditQuery({ start, end });
  return `/@tremplin-audit-privileges${query ? `?${query}` : ''}`;
}

/** First and last entry numbers (1-based) shown on a page, and the paging. */
export function pageInfo(bStart, total, bSize = AUDIT_PAGE_SIZE) {
  const first = total === 0 ? 0 : bStart + 1;
  const last = Math.min(bStart + bSize, total);
  return {
    first,
    last,
    total,
    hasPrevious: bStart > 0,
    hasNext: bStart + bSize < total,
    previous: Math.max(bStart - bSize, 0),
    next: bStart + bSize,
  };
}

/**
 * [{id, title}] from the server's assignable roles, whether it sends ids,
 * {id, title} objects or an {id: title} map.
 */
export function roleOptions(roles) {
  if (!roles) {
    return [];
  }
  if (Array.isArray(roles)) {
    return roles.map((role) =>
      typeof role === 'string'
        ? { id: role, title: role }
        : { id: role.id ?? role.token, title: role.title ?? role.id },
    );
  }
  return Object.entries(roles).map(([id, title]) => ({ id, title }));
}

/** The roles added and removed between two lists of role ids. */
export function roleChanges(before = [], after = []) {
  return {
    added: after.filter((role) => !before.includes(role)),
    removed: before.filter((role) => !after.includes(role)),
  };
}

/** Whether a temporary grant holds at `now` (start <= now < end). */
export function isGrantActive(grant, now = new Date()) {
  const start = new Date(grant.start);
  const end = new Date(grant.end);
  return start <= now && now < end;
}

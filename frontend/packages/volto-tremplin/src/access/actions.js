import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import {
  GET_AUDIT,
  GET_PRIVILEGES,
  GET_TEMPORARY_ACCESS,
  GRANT_TEMPORARY_ACCESS,
  REVOKE_TEMPORARY_ACCESS,
  SEARCH_ROLES,
  UPDATE_ROLES,
} from './constants';
import { auditPath, privilegesPath } from './queries';

/** Users matching `query`, with their roles, and the assignable roles. */
export function searchRoles(query = '') {
  return {
    type: SEARCH_ROLES,
    request: {
      op: 'get',
      path: `/@tremplin-roles?q=${encodeURIComponent(query)}`,
    },
  };
}

/** Gives `user` exactly the assignable `roles`. */
export function updateRoles(user, roles) {
  return {
    type: UPDATE_ROLES,
    request: { op: 'post', path: '/@tremplin-roles', data: { user, roles } },
  };
}

export function getAudit(filters, bStart) {
  return {
    type: GET_AUDIT,
    request: { op: 'get', path: auditPath(filters, bStart) },
  };
}

export function getPrivileges(period) {
  return {
    type: GET_PRIVILEGES,
    request: { op: 'get', path: privilegesPath(period) },
  };
}

const accessPath = (path) =>
  `${flattenToAppURL(path).replace(/\/$/, '')}/@tremplin-temporary-access`;

export function getTemporaryAccess(path) {
  return {
    type: GET_TEMPORARY_ACCESS,
    request: { op: 'get', path: accessPath(path) },
  };
}

/** {user, role, start, end, reason} on the content at `path`. */
export function grantTemporaryAccess(path, grant) {
  return {
    type: GRANT_TEMPORARY_ACCESS,
    request: { op: 'post', path: accessPath(path), data: grant },
  };
}

export function revokeTemporaryAccess(path, id) {
  return {
    type: REVOKE_TEMPORARY_ACCESS,
    request: {
      op: 'del',
      path: `${accessPath(path)}/${encodeURIComponent(id)}`,
    },
  };
}

export const SEARCH_ROLES = 'SEARCH_TREMPLIN_ROLES';
export const UPDATE_ROLES = 'UPDATE_TREMPLIN_ROLES';
export const GET_AUDIT = 'GET_TREMPLIN_AUDIT';
export const GET_PRIVILEGES = 'GET_TREMPLIN_AUDIT_PRIVILEGES';
export const GET_TEMPORARY_ACCESS = 'GET_TREMPLIN_TEMPORARY_ACCESS';
export const GRANT_TEMPORARY_ACCESS = 'GRANT_TREMPLIN_TEMPORARY_ACCESS';
export const REVOKE_TEMPORARY_ACCESS = 'REVOKE_TREMPLIN_TEMPORARY_ACCESS';

/** Roles that may hand out temporary access (oif.tremplin: Grant temporary access). */
export const ACCESS_GRANTING_ROLES = ['Site Administrator', 'Manager'];

/** Local roles a temporary access can give (backend contract). */
export const TEMPORARY_ROLES = ['Reader', 'Contributor', 'Editor'];

/** Audit entries per page. */
export const AUDIT_PAGE_SIZE = 20;

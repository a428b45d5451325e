import { defineMessages } from 'react-intl';

export default defineMessages({
  back: { id: 'access.back', defaultMessage: 'Back' },
  loading: { id: 'access.loading', defaultMessage: 'Loading…' },
  loadError: {
    id: 'access.loadError',
    defaultMessage: 'The data could not be loaded.',
  },
  notAllowed: {
    id: 'access.notAllowed',
    defaultMessage: 'You are not allowed to use this screen.',
  },
  saveError: {
    id: 'access.saveError',
    defaultMessage: 'The change could not be saved.',
  },
  cancel: { id: 'access.cancel', defaultMessage: 'Cancel' },
  confirm: { id: 'access.confirm', defaultMessage: 'Confirm' },
  // Roles screen
  rolesTitle: { id: 'access.rolesTitle', defaultMessage: 'Tremplin roles' },
  rolesIntro: {
    id: 'access.rolesIntro',
    defaultMessage:
      'Find a user, tick the roles they need and save. Every change is written to the audit log.',
  },
  search: { id: 'access.search', defaultMessage: 'Search for a user' },
  searchHelp: {
    id: 'access.searchHelp',
    defaultMessage: 'Name, login or e-mail address',
  },
  searchButton: { id: 'access.searchButton', defaultMessage: 'Search' },
  noUsers: { id: 'access.noUsers', defaultMessage: 'No user found.' },
  usersFound: {
    id: 'access.usersFound',
    defaultMessage:
      '{count, plural, =0 {No user found} one {# user found} other {# users found}}',
  },
  email: { id: 'access.email', defaultMessage: 'E-mail' },
  experienceLevel: {
    id: 'access.experienceLevel',
    defaultMessage: 'Experience level',
  },
  noExperience: { id: 'access.noExperience', defaultMessage: 'Not stated' },
  level_primo_exporter: {
    id: 'access.levelPrimoExporter',
    defaultMessage: 'First-time exporter',
  },
  level_growing: { id: 'access.levelGrowing', defaultMessage: 'Growing' },
  level_experienced: {
    id: 'access.levelExperienced',
    defaultMessage: 'Experienced',
  },
  rolesOf: { id: 'access.rolesOf', defaultMessage: 'Roles of {name}' },
  noRole: {
    id: 'access.noRole',
    defaultMessage: 'No role: guest (signed in, not verified)',
  },
  saveRoles: {
    id: 'access.saveRoles',
    defaultMessage: 'Save the roles of {name}',
  },
  confirmRoles: {
    id: 'access.confirmRoles',
    defaultMessage:
      'Change the roles of {name}? Added: {added}. Removed: {removed}.',
  },
  none: { id: 'access.none', defaultMessage: 'none' },
  rolesSaved: {
    id: 'access.rolesSaved',
    defaultMessage: 'The roles of {name} are saved.',
  },
  noChange: {
    id: 'access.noChange',
    defaultMessage: 'Nothing to save: the roles of {name} are unchanged.',
  },
  // Audit screen
  auditTitle: { id: 'access.auditTitle', defaultMessage: 'Audit log' },
  auditIntro: {
    id: 'access.auditIntro',
    defaultMessage:
      'Every role or permission change and every verification decision: who, whom, what, when and from where.',
  },
  filters: { id: 'access.filters', defaultMessage: 'Filters' },
  actor: { id: 'access.actor', defaultMessage: 'Actor' },
  action: { id: 'access.action', defaultMessage: 'Action' },
  actionHelp: {
    id: 'access.actionHelp',
    defaultMessage: 'Beginning of the action, e.g. role. or profile.verify',
  },
  target: { id: 'access.target', defaultMessage: 'Target' },
  start: { id: 'access.start', defaultMessage: 'From' },
  end: { id: 'access.end', defaultMessage: 'To' },
  filter: { id: 'access.filter', defaultMessage: 'Filter' },
  exportCsv: { id: 'access.exportCsv', defaultMessage: 'Export as CSV' },
  when: { id: 'access.when', defaultMessage: 'Date' },
  address: { id: 'access.address', defaultMessage: 'Address' },
  details: { id: 'access.details', defaultMessage: 'Details' },
  noEntries: {
    id: 'access.noEntries',
    defaultMessage: 'No entry matches these filters.',
  },
  entriesRange: {
    id: 'access.entriesRange',
    defaultMessage: 'Entries {first} to {last} of {total}',
  },
  previousPage: {
    id: 'access.previousPage',
    defaultMessage: 'Previous page',
  },
  nextPage: { id: 'access.nextPage', defaultMessage: 'Next page' },
  auditTable: { id: 'access.auditTable', defaultMessage: 'Audit entries' },
  privilegesTitle: {
    id: 'access.privilegesTitle',
    defaultMessage: 'Use of elevated privileges',
  },
  privilegesIntro: {
    id: 'access.privilegesIntro',
    defaultMessage:
      'Who used administrator or moderator rights during a period, and how often.',
  },
  showReport: { id: 'access.showReport', defaultMessage: 'Show the report' },
  roles: { id: 'access.roles', defaultMessage: 'Roles' },
  actions: { id: 'access.actions', defaultMessage: 'Actions' },
  last: { id: 'access.last', defaultMessage: 'Last action' },
  noPrivileges: {
    id: 'access.noPrivileges',
    defaultMessage: 'No elevated privilege was used during this period.',
  },
  auditLoaded: {
    id: 'access.auditLoaded',
    defaultMessage:
      '{total, plural, =0 {No entry} one {# entry} other {# entries}} found.',
  },
  // Temporary access
  accessTitle: {
    id: 'access.accessTitle',
    defaultMessage: 'Temporary access to {title}',
  },
  accessMenu: {
    id: 'access.accessMenu',
    defaultMessage: 'Temporary access',
  },
  accessIntro: {
    id: 'access.accessIntro',
    defaultMessage:
      'Give a user access to this item and what it contains for a period, for a mission for example. The access ends by itself on the end date.',
  },
  grants: { id: 'access.grants', defaultMessage: 'Current grants' },
  noGrants: {
    id: 'access.noGrants',
    defaultMessage: 'No temporary access on this item.',
  },
  user: { id: 'access.user', defaultMessage: 'User' },
  userHelp: {
    id: 'access.userHelp',
    defaultMessage: 'User id, as shown on the roles screen',
  },
  role: { id: 'access.role', defaultMessage: 'Access' },
  reason: { id: 'access.reason', defaultMessage: 'Reason' },
  roleReader: { id: 'access.roleReader', defaultMessage: 'Can view' },
  roleContributor: {
    id: 'access.roleContributor',
    defaultMessage: 'Can add content',
  },
  roleEditor: { id: 'access.roleEditor', defaultMessage: 'Can edit' },
  grantTitle: { id: 'access.grantTitle', defaultMessage: 'Grant access' },
  grant: { id: 'access.grant', defaultMessage: 'Grant the access' },
  granted: {
    id: 'access.granted',
    defaultMessage: 'Access granted to {user} until {end}.',
  },
  revoke: {
    id: 'access.revoke',
    defaultMessage: 'Revoke the access of {user}',
  },
  confirmRevoke: {
    id: 'access.confirmRevoke',
    defaultMessage: 'Revoke the access of {user} to this item now?',
  },
  revoked: {
    id: 'access.revoked',
    defaultMessage: 'The access of {user} is revoked.',
  },
  active: { id: 'access.active', defaultMessage: 'Active' },
  inactive: { id: 'access.inactive', defaultMessage: 'Not active' },
  stateLabel: { id: 'access.stateLabel', defaultMessage: 'State' },
  required: { id: 'access.required', defaultMessage: 'Required.' },
});

import loadable from '@loadable/component';
import AccessMenu from './components/AccessMenu';
import { auditTitle, rolesTitle } from './components/ControlpanelTitles';

// Administration screens: loaded on demand, never in a visitor's bundle.
const RolesControlpanel = loadable(
  () => import('./components/RolesControlpanel'),
);
const AuditControlpanel = loadable(
  () => import('./components/AuditControlpanel'),
);
const TemporaryAccessPage = loadable(
  () => import('./components/TemporaryAccessPage'),
);

/**
 * Roles, temporary access and the audit log (spec §6.2): two Site Setup
 * screens and a screen on every content item. Backend: @tremplin-roles,
 * @tremplin-audit, @tremplin-audit-privileges, @tremplin-temporary-access.
 */
export default function installSecurity(config) {
  config.addonRoutes = [
    ...(config.addonRoutes || []),
    { path: '/controlpanel/tremplin-roles', component: RolesControlpanel },
    { path: '/controlpanel/tremplin-audit', component: AuditControlpanel },
    {
      path: ['/temporary-access', '/**/temporary-access'],
      component: TemporaryAccessPage,
    },
  ];
  config.settings = {
    ...config.settings,
    nonContentRoutes: [
      ...config.settings.nonContentRoutes,
      '/temporary-access',
    ],
    // Site Setup lists them.
    controlpanels: [
      ...(config.settings.controlpanels || []),
      {
        '@id': '/tremplin-roles',
        group: 'Users and Groups',
        title: rolesTitle,
      },
      {
        '@id': '/tremplin-audit',
        group: 'Users and Groups',
        title: auditTitle,
      },
    ],
    appExtras: [
      ...(config.settings.appExtras || []),
      { match: '', component: AccessMenu },
    ],
  };
  return config;
}

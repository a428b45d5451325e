import loadable from '@loadable/component';
import MfaEnrolmentGuard from './components/MfaEnrolmentGuard';
import MfaMenu from './components/MfaMenu';
import { MFA_PAGE } from './constants';
import { mfaEnrolment, mfaStatus } from './reducers';

// Visited once in a while: keep it (and its enrolment steps) out of the
// first bundle.
const MfaSettingsPage = loadable(() => import('./components/MfaSettingsPage'));

export const MFA_ROUTES = [
  {
    path: `/:lang(fr|en)/${MFA_PAGE}`,
    component: MfaSettingsPage,
    exact: true,
  },
];

/**
 * Two-step verification (spec §6.3.1): the settings page, its link in the
 * toolbar's personal menu, and the guard that sends users whose role
 * requires it to the page until they have enrolled.
 * Backend: @tremplin-mfa (oif.tremplin.security.mfa).
 */
export default function installMfa(config) {
  config.addonRoutes = [...(config.addonRoutes || []), ...MFA_ROUTES];
  config.addonReducers = { ...config.addonReducers, mfaStatus, mfaEnrolment };
  config.settings = {
    ...config.settings,
    // Not content, and shown in the public theme like the login page.
    nonContentRoutes: [
      ...(config.settings.nonContentRoutes || []),
      `/${MFA_PAGE}`,
    ],
    nonContentRoutesPublic: [
      ...(config.settings.nonContentRoutesPublic || []),
      `/${MFA_PAGE}`,
    ],
    appExtras: [
      ...(config.settings.appExtras || []),
      { match: '', component: MfaEnrolmentGuard },
      { match: '', component: MfaMenu },
    ],
  };
  return config;
}

import LegacyResetRedirect from './components/LegacyResetRedirect';
import loadable from '@loadable/component';

// On demand (issue 12): not part of the script every page loads.
export const PasswordResetPage = loadable(
  () => import('./components/PasswordResetPage'),
);

const LANGUAGES = '(fr|en)';

/**
 * The reset with a code by mail (security.recovery) replaces Volto's
 * one-step reset: its routes come before Volto's, whose /passwordreset
 * pages now lead here.
 */
export const RECOVERY_ROUTES = [
  { path: `/:lang${LANGUAGES}/password-reset`, component: PasswordResetPage },
  { path: '/password-reset', component: LegacyResetRedirect },
  {
    path: [
      `/:lang${LANGUAGES}/passwordreset`,
      `/:lang${LANGUAGES}/passwordreset/:token`,
    ],
    component: LegacyResetRedirect,
  },
  {
    path: ['/passwordreset', '/passwordreset/:token'],
    component: LegacyResetRedirect,
  },
].map((route) => ({ ...route, exact: true }));

const install = (config) => {
  config.addonRoutes = [...(config.addonRoutes || []), ...RECOVERY_ROUTES];
  config.settings = {
    ...config.settings,
    nonContentRoutes: [
      ...(config.settings?.nonContentRoutes || []),
      '/password-reset',
    ],
    nonContentRoutesPublic: [
      ...(config.settings?.nonContentRoutesPublic || []),
      '/password-reset',
    ],
  };
  return config;
};

export default install;

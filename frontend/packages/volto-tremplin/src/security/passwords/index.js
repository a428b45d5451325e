import loadable from '@loadable/component';

// On demand (issue 12): not part of the script every page loads.
export const ChangePasswordPage = loadable(
  () => import('./ChangePasswordPage'),
);

const LANGUAGES = '(fr|en)';

/**
 * Volto's change-password page is replaced (same addresses, our routes
 * come first) by one that shows the backend's refusals and the live
 * strength of the new password. Volto's page is not shadowed: it sent the
 * same request but showed no error at all, so little of it would remain.
 */
export const PASSWORD_ROUTES = [
  { path: `/:lang${LANGUAGES}/change-password`, component: ChangePasswordPage },
  { path: '/change-password', component: ChangePasswordPage },
].map((route) => ({ ...route, exact: true }));

const install = (config) => {
  config.addonRoutes = [...(config.addonRoutes || []), ...PASSWORD_ROUTES];
  return config;
};

export default install;

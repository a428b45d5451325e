import loadable from '@loadable/component';

// On demand (issue 12): not part of the script every page loads.
export const LoginPage = loadable(() => import('./components/LoginPage'));

/**
 * The login page replaces Volto's on every path Volto gives it (/login,
 * /fr/login, /any/page/login): add-on routes come before Volto's own.
 */
export const LOGIN_ROUTES = [
  { path: ['/login', '/**/login'], component: LoginPage },
];

export default function installLogin(config) {
  config.addonRoutes = [...(config.addonRoutes || []), ...LOGIN_ROUTES];
  return config;
}

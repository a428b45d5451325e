import loadable from '@loadable/component';
import { CALLBACK_PATH } from './constants';
import { externalIdentities, externalLoginOptions } from './reducers';

// Reached only on the way back from a provider: out of the first bundle.
const ExternalCallbackPage = loadable(
  () => import('./components/ExternalCallbackPage'),
);

/** Not content: Volto must not ask the backend for /login-authomatic/…. */
const CALLBACK_ROUTE_PATTERN = /^\/login-authomatic\/[^/]+\/?$/;

export const EXTERNAL_ROUTES = [
  {
    path: `${CALLBACK_PATH}/:provider`,
    component: ExternalCallbackPage,
    exact: true,
  },
];

/**
 * External login (spec §6.3): LinkedIn, Microsoft, Google or an OpenID
 * Connect directory, through pas.plugins.authomatic. The provider buttons
 * sit under the login form (PasswordStep) and the linked accounts on the
 * security page (MfaSettingsPage); this adds the page the provider sends
 * the browser back to and the state they share.
 *
 * @plone-collective/volto-authomatic is a dependency but not a Volto
 * add-on of the site (not in `addons`): its applyConfig would put its own
 * Login and Logout pages on the login, logout and register paths before
 * ours, and its components import Volto's barrels. We take its actions as
 * they are and compose the state here (see actions.js, reducers.js).
 */
export default function installExternal(config) {
  config.addonRoutes = [...(config.addonRoutes || []), ...EXTERNAL_ROUTES];
  config.addonReducers = {
    ...config.addonReducers,
    externalLoginOptions,
    externalIdentities,
  };
  config.settings = {
    ...config.settings,
    nonContentRoutes: [
      ...(config.settings.nonContentRoutes || []),
      CALLBACK_ROUTE_PATTERN,
    ],
    // Shown in the public theme, like the login page.
    nonContentRoutesPublic: [
      ...(config.settings.nonContentRoutesPublic || []),
      CALLBACK_ROUTE_PATTERN,
    ],
  };
  return config;
}

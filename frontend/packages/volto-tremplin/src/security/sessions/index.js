import IdleMonitor from './components/IdleMonitor';
import { addSessionExpiryMiddleware } from './middleware';

/**
 * Session lifetime and idle logout on the Volto side (spec §6.3.3): the
 * idle monitor on every page of a signed-in member, and the sign-out with
 * a reason when the API answers 401 SessionExpired. Backend:
 * @tremplin-session (oif.tremplin.security.sessions).
 */
export default function installSessions(config) {
  config.settings = {
    ...config.settings,
    appExtras: [
      ...(config.settings.appExtras || []),
      { match: '', component: IdleMonitor },
    ],
    storeExtenders: [
      ...(config.settings.storeExtenders || []),
      addSessionExpiryMiddleware,
    ],
  };
  return config;
}

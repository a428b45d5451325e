import loadable from '@loadable/component';
import ModerationMenu from './components/ModerationMenu';
import { reviewQueue } from './reducers';

// The page is for moderators only: keep it out of everyone's first bundle.
const ModerationPage = loadable(() => import('./components/ModerationPage'));

/**
 * The moderators' review list (/fr/moderation, /en/moderation) and its link
 * in the toolbar's personal menu. Backend: @tremplin-review-queue,
 * @tremplin-checks, @tremplin-review (oif.tremplin.verification).
 */
export default function installModeration(config) {
  config.addonRoutes = [
    ...(config.addonRoutes || []),
    { path: '/:lang(fr|en)/moderation', component: ModerationPage },
  ];
  config.addonReducers = { ...config.addonReducers, reviewQueue };
  config.settings = {
    ...config.settings,
    nonContentRoutes: [...config.settings.nonContentRoutes, '/moderation'],
    appExtras: [
      ...(config.settings.appExtras || []),
      { match: '', component: ModerationMenu },
    ],
  };
  return config;
}

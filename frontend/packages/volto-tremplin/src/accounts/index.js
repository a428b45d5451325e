import loadable from '@loadable/component';
import LoginRequiredView from './components/LoginRequiredView';
import ProfileInvitation from './components/ProfileInvitation';
import { myProfile, registrationVocabularies } from './reducers';
import './components/CallToAction.scss';

const LANGUAGES = '(fr|en)';

// On demand (issue 12): pages seen once, not part of the script every page
// loads.
export const RegistrationWizard = loadable(
  () => import('./components/RegistrationWizard'),
);
export const RegistrationConfirm = loadable(
  () => import('./components/RegistrationConfirm'),
);
const ProfileCreationPage = loadable(
  () => import('./components/ProfileCreationPage'),
);

/**
 * Pages of the registration: the wizard replaces Volto's stock Register
 * form (our routes come first), and the page the confirmation mail links
 * to. None of them is content.
 */
export const REGISTRATION_ROUTES = [
  {
    path: `/:lang${LANGUAGES}/register/confirm`,
    component: RegistrationConfirm,
  },
  { path: '/register/confirm', component: RegistrationConfirm },
  { path: `/:lang${LANGUAGES}/register`, component: RegistrationWizard },
  { path: '/register', component: RegistrationWizard },
  { path: '/fr/creer-mon-profil', component: ProfileCreationPage },
  { path: '/en/create-profile', component: ProfileCreationPage },
].map((route) => ({ ...route, exact: true }));

/**
 * Members-only pages answer anonymous visitors with the login form;
 * visitors register through the wizard and confirm their address.
 */
export default function installAccounts(config) {
  config.views = {
    ...config.views,
    errorViews: { ...config.views.errorViews, 401: LoginRequiredView },
  };
  config.addonRoutes = [...(config.addonRoutes || []), ...REGISTRATION_ROUTES];
  config.addonReducers = {
    ...config.addonReducers,
    registrationVocabularies,
    myProfile,
  };
  config.settings = {
    ...config.settings,
    nonContentRoutes: [
      ...(config.settings?.nonContentRoutes || []),
      '/register/confirm',
      '/fr/creer-mon-profil',
      '/en/create-profile',
    ],
    nonContentRoutesPublic: [
      ...(config.settings?.nonContentRoutesPublic || []),
      '/register/confirm',
    ],
    appExtras: [
      ...(config.settings?.appExtras || []),
      { match: '', component: ProfileInvitation },
    ],
  };
  return config;
}

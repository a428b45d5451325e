import installAccounts, {
  REGISTRATION_ROUTES,
  RegistrationConfirm,
  RegistrationWizard,
} from './index';
import LoginRequiredView from './components/LoginRequiredView';
import { registrationVocabularies } from './reducers';
import { matchPath } from 'react-router-dom';

const BASE = {
  views: { errorViews: {} },
  settings: { nonContentRoutes: ['/login'], nonContentRoutesPublic: [] },
};

/** The component of the first route that matches `pathname`, as Volto picks. */
const componentAt = (routes, pathname) =>
  routes.find((route) => matchPath(pathname, route))?.component;

describe('installAccounts', () => {
  it('answers 401 with the login form and keeps the other error views', () => {
    const NotFound = () => null;
    const config = installAccounts({
      ...BASE,
      views: { errorViews: { 404: NotFound } },
    });

    expect(config.views.errorViews).toEqual({
      404: NotFound,
      401: LoginRequiredView,
    });
  });

  it('puts the wizard and the confirmation page before other routes', () => {
    const Other = () => null;
    const config = installAccounts({
      ...BASE,
      addonRoutes: [{ path: '/other', component: Other }],
    });

    expect(config.addonRoutes[0].component).toBe(Other);
    const routes = config.addonRoutes;
    expect(componentAt(routes, '/register')).toBe(RegistrationWizard);
    expect(componentAt(routes, '/fr/register')).toBe(RegistrationWizard);
    expect(componentAt(routes, '/en/register')).toBe(RegistrationWizard);
    expect(componentAt(routes, '/en/register/confirm')).toBe(
      RegistrationConfirm,
    );
    expect(componentAt(routes, '/de/register')).toBeUndefined();
    expect(componentAt(routes, '/fr/register/other')).toBeUndefined();
    expect(REGISTRATION_ROUTES.every((route) => route.exact)).toBe(true);
  });

  it('marks the confirmation page as a public page that is not content', () => {
    const config = installAccounts(BASE);

    expect(config.settings.nonContentRoutes).toEqual([
      '/login',
      '/register/confirm',
      '/fr/creer-mon-profil',
      '/en/create-profile',
    ]);
    expect(config.settings.nonContentRoutesPublic).toEqual([
      '/register/confirm',
    ]);
    expect(config.addonReducers.registrationVocabularies).toBe(
      registrationVocabularies,
    );
  });
});

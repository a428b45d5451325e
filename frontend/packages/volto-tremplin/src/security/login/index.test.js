import { matchPath } from 'react-router-dom';
import installLogin, { LOGIN_ROUTES, LoginPage } from './index';

const componentAt = (routes, pathname) =>
  routes.find((route) => matchPath(pathname, route))?.component;

describe('installLogin', () => {
  it('answers every login path Volto knows with our page', () => {
    const Other = () => null;
    const config = installLogin({
      addonRoutes: [{ path: '/other', component: Other }],
    });

    expect(config.addonRoutes[0].component).toBe(Other);
    for (const path of ['/login', '/fr/login', '/en/login', '/fr/a/b/login']) {
      expect(componentAt(config.addonRoutes, path)).toBe(LoginPage);
    }
    expect(componentAt(LOGIN_ROUTES, '/fr/logout')).toBeUndefined();
    expect(componentAt(LOGIN_ROUTES, '/fr/loginx')).toBeUndefined();
  });
});

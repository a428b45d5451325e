import { matchPath } from 'react-router-dom';
import installMfa, { MFA_ROUTES } from './index';
import MfaEnrolmentGuard from './components/MfaEnrolmentGuard';
import MfaMenu from './components/MfaMenu';
import { mfaEnrolment, mfaStatus } from './reducers';

describe('installMfa', () => {
  it('adds the page, its reducers, the guard and the menu link', () => {
    const Extra = () => null;
    const config = installMfa({
      addonRoutes: [{ path: '/other' }],
      addonReducers: { other: {} },
      settings: {
        nonContentRoutes: ['/edit'],
        nonContentRoutesPublic: ['/login'],
        appExtras: [Extra],
      },
    });

    expect(config.addonRoutes.map(({ path }) => path)).toEqual([
      '/other',
      '/:lang(fr|en)/security/mfa',
    ]);
    expect(config.addonReducers).toMatchObject({ mfaStatus, mfaEnrolment });
    expect(config.settings.nonContentRoutes).toContain('/security/mfa');
    expect(config.settings.nonContentRoutesPublic).toContain('/security/mfa');
    expect(config.settings.appExtras.map((extra) => extra.component)).toEqual([
      undefined,
      MfaEnrolmentGuard,
      MfaMenu,
    ]);
  });

  it('serves the page in French and English only', () => {
    const at = (path) => MFA_ROUTES.some((route) => matchPath(path, route));
    expect(at('/fr/security/mfa')).toBe(true);
    expect(at('/en/security/mfa')).toBe(true);
    expect(at('/de/security/mfa')).toBe(false);
    expect(at('/fr/security/mfa/other')).toBe(false);
  });
});

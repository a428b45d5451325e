import installRecovery, { RECOVERY_ROUTES } from './index';

describe('installRecovery', () => {
  it('adds the reset routes before Volto’s, and marks them as pages', () => {
    const config = installRecovery({
      addonRoutes: [{ path: '/other' }],
      settings: { nonContentRoutes: ['/edit'], nonContentRoutesPublic: [] },
    });

    expect(config.addonRoutes[0]).toEqual({ path: '/other' });
    expect(config.addonRoutes.slice(1)).toEqual(RECOVERY_ROUTES);
    expect(RECOVERY_ROUTES.flatMap(({ path }) => path)).toEqual([
      '/:lang(fr|en)/password-reset',
      '/password-reset',
      '/:lang(fr|en)/passwordreset',
      '/:lang(fr|en)/passwordreset/:token',
      '/passwordreset',
      '/passwordreset/:token',
    ]);
    expect(config.settings.nonContentRoutes).toContain('/password-reset');
    expect(config.settings.nonContentRoutesPublic).toContain('/password-reset');
  });
});

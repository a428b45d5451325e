import installPasswords, { PASSWORD_ROUTES } from './index';

describe('installPasswords', () => {
  it('puts our change-password page on Volto’s addresses', () => {
    const config = installPasswords({ addonRoutes: [{ path: '/other' }] });

    expect(config.addonRoutes.map(({ path }) => path)).toEqual([
      '/other',
      '/:lang(fr|en)/change-password',
      '/change-password',
    ]);
    expect(config.addonRoutes.slice(1)).toEqual(PASSWORD_ROUTES);
  });
});

import installSecurity from './index';

describe('installSecurity', () => {
  it('adds the two Site Setup screens and the temporary access route', () => {
    const config = installSecurity({
      addonRoutes: [],
      settings: { nonContentRoutes: [], controlpanels: [], appExtras: [] },
    });

    expect(config.addonRoutes.map(({ path }) => path)).toEqual([
      '/controlpanel/tremplin-roles',
      '/controlpanel/tremplin-audit',
      ['/temporary-access', '/**/temporary-access'],
    ]);
    expect(config.settings.controlpanels.map((panel) => panel['@id'])).toEqual([
      '/tremplin-roles',
      '/tremplin-audit',
    ]);
    expect(config.settings.nonContentRoutes).toContain('/temporary-access');
    expect(config.settings.appExtras).toHaveLength(1);
  });
});

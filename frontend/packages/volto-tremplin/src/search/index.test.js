import installSearch, { SEARCH_GROUPS } from './index';
import { tremplinSearch } from './reducers';

describe('installSearch', () => {
  it('adds the search routes, its reducer and the groups', () => {
    const later = { id: 'resources', portal_type: 'Guide' };
    const config = installSearch({
      addonRoutes: [{ path: '/other' }],
      addonReducers: { other: {} },
      settings: { tremplinSearchGroups: [later] },
    });

    expect(config.addonRoutes.map(({ path }) => path)).toEqual([
      '/other',
      '/:lang(fr|en)/search',
      '/search',
    ]);
    expect(config.addonReducers.tremplinSearch).toBe(tremplinSearch);
    expect(config.settings.tremplinSearchGroups).toEqual([
      ...SEARCH_GROUPS,
      later,
    ]);
    expect(SEARCH_GROUPS.map(({ id }) => id)).toEqual([
      'companies',
      'experts',
      'pages',
    ]);
  });
});

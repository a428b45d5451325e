import {
  homePathOf,
  languageOfPath,
  languageOfPathExtender,
  switchToLanguageOfPath,
} from './language';

const storeIn = (locale) => ({
  dispatch: jest.fn(),
  getState: () => ({ intl: { locale } }),
});

describe('languageOfPath', () => {
  it.each([
    ['/en/companies/x', 'en'],
    ['/fr', 'fr'],
    ['/en', 'en'],
    ['/fr/mentions-legales', 'fr'],
    ['/', null],
    ['/login', null],
    ['/de/seite', null],
    ['/english', null],
    ['', null],
    [undefined, null],
  ])('%p is in %p', (pathname, language) => {
    expect(languageOfPath(pathname)).toBe(language);
  });
});

describe('homePathOf', () => {
  it('is the language root, French for any other language', () => {
    expect(homePathOf('en')).toBe('/en');
    expect(homePathOf('fr')).toBe('/fr');
    expect(homePathOf('de')).toBe('/fr');
    expect(homePathOf(undefined)).toBe('/fr');
  });
});

describe('switchToLanguageOfPath', () => {
  it('switches to English under /en', async () => {
    const store = storeIn('fr');

    await switchToLanguageOfPath('/en/no-such-page', store);

    expect(store.dispatch).toHaveBeenCalledTimes(1);
    expect(store.dispatch.mock.calls[0][0].payload.locale).toBe('en');
  });

  it('switches to French under /fr, with the French messages', async () => {
    const store = storeIn('en');

    await switchToLanguageOfPath('/fr/page-disparue', store);

    const [action] = store.dispatch.mock.calls[0];
    expect(action.payload.locale).toBe('fr');
    // Volto's compiled catalogue (the build adds ours to it).
    expect(action.payload.messages.Search).toBe('Recherche');
  });

  it('leaves the language alone when it is right or the path has none', async () => {
    const store = storeIn('fr');

    await switchToLanguageOfPath('/fr/nope', store);
    await switchToLanguageOfPath('/login', store);

    expect(store.dispatch).not.toHaveBeenCalled();
  });

  it('runs on every route through Volto’s asyncConnect', async () => {
    const store = storeIn('en');
    const items = languageOfPathExtender.extend([{ key: 'other' }]);

    expect(languageOfPathExtender.path).toBe('/');
    expect(items.map(({ key }) => key)).toEqual([
      'other',
      'tremplinLanguageOfPath',
    ]);
    await items[1].promise({ location: { pathname: '/fr/x' }, store });
    expect(store.dispatch.mock.calls[0][0].payload.locale).toBe('fr');
  });
});

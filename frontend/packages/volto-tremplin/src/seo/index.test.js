import installSeo from './index';

const named = (id) => Object.assign(() => {}, { id });

describe('installSeo', () => {
  afterEach(() => {
    delete global.__SERVER__;
  });

  it("replaces Volto's robots.txt and sitemap in their places", () => {
    global.__SERVER__ = true;
    const config = installSeo({
      settings: {
        expressMiddleware: [
          named('tremplin-security-headers'),
          named('robots.txt'),
          named('sitemap.xml.gz'),
          named('staticResourcesProcessor'),
        ],
      },
    });
    expect(config.settings.expressMiddleware.map((m) => m.id)).toEqual([
      'tremplin-security-headers',
      'tremplinRobots',
      'tremplinSitemap',
      'staticResourcesProcessor',
    ]);
  });

  it('adds nothing in the browser', () => {
    global.__SERVER__ = false;
    const config = installSeo({ settings: { expressMiddleware: [] } });
    expect(config.settings.expressMiddleware).toEqual([]);
  });
});

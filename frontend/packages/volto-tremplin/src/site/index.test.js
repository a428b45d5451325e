import installSite from './index';

/** A fresh piece of Volto's configuration (installSite changes it). */
const voltoConfig = () => ({
  settings: { isMultilingual: false, asyncPropsExtenders: [{ path: '/' }] },
  views: { errorViews: { 401: 'unauthorized', ECONNREFUSED: 'refused' } },
});

describe('installSite', () => {
  it('makes the site bilingual with French first', () => {
    const config = installSite(voltoConfig());

    expect(config.settings.isMultilingual).toBe(true);
    expect(config.settings.supportedLanguages).toEqual(['fr', 'en']);
    expect(config.settings.defaultLanguage).toBe('fr');
  });

  it('adds the path language to Volto’s asyncConnect extenders', () => {
    const { asyncPropsExtenders } = installSite(voltoConfig()).settings;

    expect(asyncPropsExtenders).toHaveLength(2);
    expect(asyncPropsExtenders[1].extend([])[0].key).toBe(
      'tremplinLanguageOfPath',
    );
  });

  it('replaces the error views it has, keeps the others', () => {
    const { errorViews } = installSite(voltoConfig()).views;

    expect(Object.keys(errorViews).sort()).toEqual(
      ['401', '403', '404', '408', '500', 'ECONNREFUSED'].sort(),
    );
    expect(errorViews[401]).toBe('unauthorized');
    expect(errorViews.ECONNREFUSED).toBe('refused');
    expect(errorViews[404].displayName).toBe('notFound');
  });

  it('keeps the settings it does not own', () => {
    const config = installSite({
      settings: { showTags: true },
      views: {},
    });

    expect(config.settings.showTags).toBe(true);
  });
});

import installSite from './index';

describe('installSite', () => {
  it('makes the site bilingual with French first', () => {
    const config = installSite({ settings: { isMultilingual: false } });

    expect(config.settings.isMultilingual).toBe(true);
    expect(config.settings.supportedLanguages).toEqual(['fr', 'en']);
    expect(config.settings.defaultLanguage).toBe('fr');
  });

  it('keeps the settings it does not own', () => {
    const config = installSite({ settings: { showTags: true } });

    expect(config.settings.showTags).toBe(true);
  });
});

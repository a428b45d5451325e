import installDirectory from './index';
import { directory } from './reducers';

describe('installDirectory', () => {
  it('registers the directory_view layout and keeps the other views', () => {
    const Other = () => null;
    const config = installDirectory({
      views: {
        layoutViews: { document_view: Other },
        layoutViewsNamesMapping: { document_view: 'Page' },
        contentTypesViews: { Event: Other },
      },
      addonReducers: { other: {} },
    });

    expect(Object.keys(config.views.layoutViews)).toEqual([
      'document_view',
      'directory_view',
    ]);
    expect(config.views.layoutViews.directory_view).toBeTruthy();
    expect(config.views.layoutViewsNamesMapping).toEqual({
      document_view: 'Page',
      directory_view: 'Directory',
    });
    expect(config.views.contentTypesViews).toEqual({ Event: Other });
    expect(config.addonReducers).toEqual({ other: {}, directory });
  });
});

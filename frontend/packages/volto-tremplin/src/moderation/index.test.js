import installModeration from './index';
import { reviewQueue } from './reducers';

describe('installModeration', () => {
  it('adds the review list route, its reducer and the menu link', () => {
    const Extra = () => null;
    const config = installModeration({
      addonRoutes: [{ path: '/other' }],
      addonReducers: { other: {} },
      settings: { nonContentRoutes: ['/edit'], appExtras: [Extra] },
    });

    expect(config.addonRoutes.map(({ path }) => path)).toEqual([
      '/other',
      '/:lang(fr|en)/moderation',
    ]);
    expect(config.addonReducers.reviewQueue).toBe(reviewQueue);
    expect(config.settings.nonContentRoutes).toContain('/moderation');
    expect(config.settings.appExtras).toHaveLength(2);
  });
});

describe('reviewQueue', () => {
  it('keeps the items of the last answer', () => {
    const loading = reviewQueue(undefined, {
      type: 'GET_TREMPLIN_REVIEW_QUEUE_PENDING',
    });
    expect(loading).toMatchObject({ loading: true, loaded: false });
    const loaded = reviewQueue(loading, {
      type: 'GET_TREMPLIN_REVIEW_QUEUE_SUCCESS',
      result: { items: [{ '@id': 'a' }] },
    });
    expect(loaded).toEqual({
      items: [{ '@id': 'a' }],
      loaded: true,
      loading: false,
      error: null,
    });
    const failed = reviewQueue(loaded, {
      type: 'GET_TREMPLIN_REVIEW_QUEUE_FAIL',
      error: { status: 401 },
    });
    expect(failed.error).toEqual({ status: 401 });
  });
});

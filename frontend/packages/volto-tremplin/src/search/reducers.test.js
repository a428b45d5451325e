import { searchGroup } from './actions';
import { SEARCH_GROUP } from './constants';
import { SEARCH_GROUPS } from './index';
import { tremplinSearch } from './reducers';

const ITEM = {
  '@id': 'http://localhost:8080/Plone/fr/entreprises/delices',
  '@type': 'Company',
  title: 'Délices Tropicaux du Sénégal',
  description: 'Mangues séchées',
  review_state: 'verified',
  Subject: ['mangue'],
};

const action = (suffix, group, key, extra = {}) => ({
  type: `${SEARCH_GROUP}_${suffix}`,
  group,
  key,
  ...extra,
});

describe('searchGroup', () => {
  it('is one GET @search on the language root, named by group and key', () => {
    const result = searchGroup('fr', SEARCH_GROUPS[0], 'mangue', {
      key: 'k',
      b_start: 0,
      b_size: 5,
    });
    expect(result).toMatchObject({
      type: SEARCH_GROUP,
      key: 'k',
      group: 'companies',
      request: { op: 'get' },
    });
    expect(result.request.path).toMatch(/^\/fr\/@search\?/);
  });
});

describe('tremplinSearch', () => {
  it('keeps each group’s first results and total', () => {
    let state = tremplinSearch(undefined, action('PENDING', 'companies', 'k'));
    state = tremplinSearch(state, action('PENDING', 'pages', 'k'));
    expect(state.groups.companies).toMatchObject({ loading: true });
    state = tremplinSearch(
      state,
      action('SUCCESS', 'companies', 'k', {
        result: { items: [ITEM], items_total: 7 },
      }),
    );
    state = tremplinSearch(
      state,
      action('FAIL', 'pages', 'k', { error: { status: 500 } }),
    );

    expect(state).toEqual({
      key: 'k',
      groups: {
        companies: {
          items: [
            {
              '@id': ITEM['@id'],
              '@type': 'Company',
              title: ITEM.title,
              description: ITEM.description,
              Subject: ['mangue'],
            },
          ],
          total: 7,
          loading: false,
          loaded: true,
          error: null,
        },
        pages: {
          items: [],
          total: 0,
          loading: false,
          loaded: false,
          error: 500,
        },
      },
    });
  });

  it('takes the empty answer of a search for “*” as no result', () => {
    const state = tremplinSearch(
      tremplinSearch(undefined, action('PENDING', 'pages', 'k')),
      action('SUCCESS', 'pages', 'k', { result: [] }),
    );
    expect(state.groups.pages).toMatchObject({ items: [], total: 0 });
  });

  it('starts afresh on a new search and drops late answers of the old one', () => {
    const old = tremplinSearch(
      tremplinSearch(undefined, action('PENDING', 'companies', 'old')),
      action('PENDING', 'pages', 'old'),
    );
    const fresh = tremplinSearch(old, action('PENDING', 'companies', 'new'));
    expect(Object.keys(fresh.groups)).toEqual(['companies']);

    const late = tremplinSearch(
      fresh,
      action('SUCCESS', 'pages', 'old', { result: { items: [ITEM] } }),
    );
    expect(late).toBe(fresh);
    expect(
      tremplinSearch(fresh, action('FAIL', 'companies', 'old', { error: {} })),
    ).toBe(fresh);
  });
});

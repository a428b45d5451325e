import {
  EMPTY_QUERY,
  defaultSort,
  hasFilters,
  pageInfo,
  pagesToShow,
  parseQuery,
  toSearch,
  withFacetValue,
  withoutFilters,
  withSetting,
} from './query';

describe('parseQuery', () => {
  it('reads the API parameters, repeatable facets as lists', () => {
    expect(
      parseQuery(
        '?q=+cacao+&sector=agrifood&country=CI&country=SN&tag=karit%C3%A9' +
          '&verified_only=false&sort_on=verified&recommended_first=true&b_start=20',
      ),
    ).toEqual({
      ...EMPTY_QUERY,
      q: 'cacao',
      sector: ['agrifood'],
      country: ['CI', 'SN'],
      tag: ['karité'],
      verified_only: false,
      sort_on: 'verified',
      recommended_first: true,
      b_start: 20,
    });
  });

  it('gives the defaults for an empty query string', () => {
    expect(parseQuery('')).toEqual(EMPTY_QUERY);
    expect(parseQuery()).toEqual(EMPTY_QUERY);
  });

  it('leaves out unknown parameters, invalid values and repeated values', () => {
    expect(
      parseQuery(
        '?utm_source=mail&sort_on=popularity&b_start=-3&sector=&sector=it&sector=it',
      ),
    ).toEqual({ ...EMPTY_QUERY, sector: ['it'] });
    expect(parseQuery('?b_start=abc').b_start).toBe(0);
    expect(parseQuery('?b_start=2.5').b_start).toBe(0);
  });

  it('cuts the text at the 200 characters the API accepts', () => {
    expect(parseQuery(`?q=${'a'.repeat(250)}`).q).toHaveLength(200);
  });
});

describe('toSearch', () => {
  it('writes the API parameters, defaults left out', () => {
    expect(toSearch(EMPTY_QUERY)).toBe('');
    expect(
      toSearch({
        ...EMPTY_QUERY,
        q: 'jus de mangue',
        kind: ['company'],
        country: ['CI', 'SN'],
        tag: ['karité'],
        verified_only: false,
        sort_on: 'title',
        recommended_first: true,
        b_start: 40,
      }),
    ).toBe(
      'q=jus+de+mangue&kind=company&country=CI&country=SN&tag=karit%C3%A9' +
        '&verified_only=false&sort_on=title&recommended_first=true&b_start=40',
    );
  });

  it('reads back what it wrote', () => {
    const query = {
      ...EMPTY_QUERY,
      q: 'café & cacao',
      sector: ['agrifood'],
      tag: ['fruits tropicaux'],
      b_start: 20,
    };
    expect(parseQuery(`?${toSearch(query)}`)).toEqual(query);
  });
});

describe('changing the query', () => {
  const query = { ...EMPTY_QUERY, country: ['CI'], b_start: 40 };

  it('adds and removes a facet value, back to the first page', () => {
    const added = withFacetValue(query, 'country', 'SN', true);
    expect(added.country).toEqual(['CI', 'SN']);
    expect(added.b_start).toBe(0);
    expect(withFacetValue(added, 'country', 'CI', false).country).toEqual([
      'SN',
    ]);
    expect(withFacetValue(query, 'country', 'CI', true).country).toEqual([
      'CI',
    ]);
  });

  it('changes one setting, back to the first page', () => {
    expect(withSetting(query, 'sort_on', 'verified')).toMatchObject({
      sort_on: 'verified',
      country: ['CI'],
      b_start: 0,
    });
  });

  it('knows when the results are narrowed', () => {
    expect(hasFilters(EMPTY_QUERY)).toBe(false);
    expect(hasFilters({ ...EMPTY_QUERY, sort_on: 'title' })).toBe(false);
    expect(hasFilters(query)).toBe(true);
    expect(hasFilters({ ...EMPTY_QUERY, q: 'cacao' })).toBe(true);
    expect(hasFilters({ ...EMPTY_QUERY, verified_only: false })).toBe(true);
  });

  it('clears the filters and keeps the order', () => {
    expect(
      withoutFilters({
        ...query,
        q: 'cacao',
        verified_only: false,
        sort_on: 'verified',
        recommended_first: true,
      }),
    ).toEqual({ ...EMPTY_QUERY, sort_on: 'verified', recommended_first: true });
  });

  it('sorts by relevance when there is a text, else by name', () => {
    expect(defaultSort({ ...EMPTY_QUERY, q: 'cacao' })).toBe('relevance');
    expect(defaultSort(EMPTY_QUERY)).toBe('title');
  });
});

describe('pages', () => {
  it('numbers the pages from the batch', () => {
    expect(pageInfo(0, 20, 0)).toEqual({ current: 1, count: 1, size: 20 });
    expect(pageInfo(40, 20, 45)).toEqual({ current: 3, count: 3, size: 20 });
    expect(pageInfo(undefined, undefined, 21)).toEqual({
      current: 1,
      count: 2,
      size: 20,
    });
  });

  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, null, 10]],
    [5, 10, [1, null, 4, 5, 6, null, 10]],
    [10, 10, [1, null, 9, 10]],
    [3, 10, [1, 2, 3, 4, null, 10]],
  ])('on page %i of %i links %j', (current, count, pages) => {
    expect(pagesToShow(current, count)).toEqual(pages);
  });
});

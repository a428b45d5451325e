import { SEARCH_GROUPS } from './index';
import {
  catalogText,
  groupSearchPath,
  pageCount,
  readSearchParams,
  searchUrl,
  seeAllUrl,
} from './query';

const [companies, experts, pages] = SEARCH_GROUPS;

describe('catalogText', () => {
  it('finds words that begin with the last one typed', () => {
    expect(catalogText('  mangue ')).toBe('mangue*');
    expect(catalogText('jus de mangue')).toBe('jus de mangue*');
  });

  it('leaves out what the text index would read as syntax', () => {
    expect(catalogText('“bio” "mangue (séchée)*?')).toBe(
      '“bio” mangue séchée*',
    );
    expect(catalogText(' "() ')).toBe('');
  });
});

describe('readSearchParams', () => {
  it('reads the words, and one group with its page', () => {
    expect(
      readSearchParams('?SearchableText=+mangue+&type=pages&page=3', [
        ...SEARCH_GROUPS,
      ]),
    ).toEqual({ text: 'mangue', group: pages, page: 3 });
  });

  it('ignores an unknown group and a page without group', () => {
    expect(
      readSearchParams('?SearchableText=x&type=nope&page=2', SEARCH_GROUPS),
    ).toEqual({ text: 'x', group: null, page: 1 });
    expect(
      readSearchParams('?type=pages&page=-4', SEARCH_GROUPS),
    ).toMatchObject({ text: '', page: 1 });
  });

  it('keeps 200 characters at most', () => {
    const { text } = readSearchParams(
      `?SearchableText=${'a'.repeat(300)}`,
      SEARCH_GROUPS,
    );
    expect(text).toHaveLength(200);
  });
});

describe('groupSearchPath', () => {
  it('asks the language root for the group’s types, metadata only', () => {
    const path = groupSearchPath('fr', pages, 'mangue', {
      b_start: 20,
      b_size: 20,
    });
    const [base, query] = path.split('?');
    const params = new URLSearchParams(query);

    expect(base).toBe('/fr/@search');
    expect(params.get('SearchableText')).toBe('mangue*');
    expect(params.getAll('portal_type:list')).toEqual([
      'Document',
      'News Item',
      'Link',
    ]);
    expect(params.getAll('metadata_fields:list')).toEqual(['Subject']);
    expect(params.get('b_start')).toBe('20');
    expect(params.get('b_size')).toBe('20');
    expect(params.has('fullobjects')).toBe(false);
  });

  it('asks for one type when the group has one', () => {
    const path = groupSearchPath('en', companies, 'mango', { b_size: 5 });
    expect(path).toBe(
      '/en/@search?SearchableText=mango*&portal_type%3Alist=Company&metadata_fields%3Alist=Subject&b_start=0&b_size=5',
    );
  });
});

describe('links', () => {
  it('sends companies and experts to the directory of the language', () => {
    expect(seeAllUrl('fr', companies, 'mangue séchée')).toBe(
      '/fr/annuaire?q=mangue+s%C3%A9ch%C3%A9e&kind=company',
    );
    expect(seeAllUrl('en', experts, 'export')).toBe(
      '/en/directory?q=export&kind=expert',
    );
  });

  it('sends pages to their own page of results', () => {
    expect(seeAllUrl('fr', pages, 'mangue')).toBe(
      '/fr/search?SearchableText=mangue&type=pages',
    );
    expect(searchUrl('en', 'a b', { type: 'pages', page: 2 })).toBe(
      '/en/search?SearchableText=a+b&type=pages&page=2',
    );
    expect(searchUrl('en', 'x', { type: 'pages', page: 1 })).toBe(
      '/en/search?SearchableText=x&type=pages',
    );
  });

  it('counts the pages of a group', () => {
    expect([0, 1, 20, 21, 45].map(pageCount)).toEqual([1, 1, 1, 2, 3]);
  });
});

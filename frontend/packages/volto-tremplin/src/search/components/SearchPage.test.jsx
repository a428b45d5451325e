import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter, Route } from 'react-router-dom';
import { applyMiddleware, combineReducers, createStore } from 'redux';
import config from '@plone/volto/registry';
import { SEARCH_GROUPS } from '../index';
import { tremplinSearch } from '../reducers';
import SearchPage from './SearchPage';

const PORTAL = 'http://localhost:8080/Plone';

const company = (id, title) => ({
  '@id': `${PORTAL}/fr/entreprises/${id}`,
  '@type': 'Company',
  title,
  description: `${title}, une entreprise`,
  Subject: ['mangue'],
});

const page = (id, title) => ({
  '@id': `${PORTAL}/fr/${id}`,
  '@type': 'Document',
  title,
  description: '',
  Subject: [],
});

/** Answers like @search: `byType[portal_type]` is a list of items. */
const answerWith = (byType) => (action) => {
  const params = new URLSearchParams(action.request.path.split('?')[1]);
  const types = params.getAll('portal_type:list');
  const answer = byType[types[0]];
  if (answer instanceof Error) {
    return Promise.reject({ status: 500, response: { body: {} } });
  }
  const items = answer || [];
  const start = Number(params.get('b_start'));
  const size = Number(params.get('b_size'));
  return Promise.resolve({
    items: items.slice(start, start + size),
    items_total: items.length,
  });
};

/**
 * A redux middleware standing in for Volto's API middleware: _PENDING, then
 * `answer(action)` as _SUCCESS or _FAIL, through our reducer.
 */
const api = (answer, requests) => () => (next) => (action) => {
  if (!action.request) {
    return next(action);
  }
  const { request, type, ...rest } = action;
  requests.push(request.path);
  next({ ...rest, type: `${type}_PENDING` });
  return answer(action).then(
    (result) => {
      next({ ...rest, result, type: `${type}_SUCCESS` });
      return result;
    },
    (error) => {
      next({ ...rest, error, type: `${type}_FAIL` });
      throw error;
    },
  );
};

/** The page at `url`, its store running our reducer. */
async function renderSearch(url, answer, { token = null } = {}) {
  const requests = [];
  const store = createStore(
    combineReducers({
      tremplinSearch,
      intl: () => ({ locale: 'en', messages: {} }),
      userSession: () => ({ token }),
    }),
    applyMiddleware(api(answer, requests)),
  );
  let result;
  await act(async () => {
    result = render(
      <Provider store={store}>
        <MemoryRouter initialEntries={[url]}>
          <Route
            path="/:lang(fr|en)/search"
            render={({ location, match }) => (
              <SearchPage location={location} match={match} />
            )}
          />
          <Route
            path="*"
            render={({ location }) => (
              <p data-testid="location">
                {location.pathname}
                {location.search}
              </p>
            )}
          />
        </MemoryRouter>
      </Provider>,
    );
  });
  return { ...result, requests, store };
}

describe('SearchPage', () => {
  beforeAll(() => {
    config.settings.tremplinSearchGroups = SEARCH_GROUPS;
  });

  it('asks one @search per group, five results each, on the language root', async () => {
    const { requests } = await renderSearch(
      '/en/search?SearchableText=mango',
      answerWith({}),
    );
    expect(requests).toHaveLength(3);
    requests.forEach((path) => {
      expect(path).toMatch(/^\/en\/@search\?SearchableText=mango\*&/);
      expect(path).toContain('b_size=5');
      expect(path).not.toContain('fullobjects');
    });
  });
});

describe('SearchPage results', () => {
  beforeAll(() => {
    config.settings.tremplinSearchGroups = SEARCH_GROUPS;
  });

  const companies = [1, 2, 3, 4, 5, 6, 7].map((n) =>
    company(`c${n}`, `Company ${n}`),
  );

  it('shows each group with its count, its first results and a link to all', async () => {
    await renderSearch(
      '/fr/search?SearchableText=mangue',
      answerWith({ Company: companies, Document: [page('p', 'Mangoes')] }),
    );

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Search results for “mangue”',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      '8 results for “mangue”',
    );
    const headings = screen
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual(['Companies (7 results)', 'Pages (1 result)']);

    const group = screen.getByRole('region', { name: 'Companies (7 results)' });
    const links = within(group).getAllByRole('link');
    expect(links.slice(0, 5).map((link) => link.textContent)).toEqual([
      'Company 1',
      'Company 2',
      'Company 3',
      'Company 4',
      'Company 5',
    ]);
    expect(links[0]).toHaveAttribute('href', '/fr/entreprises/c1');
    expect(group).toHaveTextContent('Company 1, une entreprise');
    expect(group).toHaveTextContent('Keywords: mangue');
    expect(
      within(group).getByRole('link', {
        name: 'Refine these results in the directory: Companies (7)',
      }),
    ).toHaveAttribute('href', '/fr/annuaire?q=mangue&kind=company');

    const pages = screen.getByRole('region', { name: 'Pages (1 result)' });
    expect(within(pages).getAllByRole('link')).toHaveLength(1);
    expect(screen.getByText('No result in: Experts.')).toBeInTheDocument();
  });

  it('shows one group page by page, with links between the pages', async () => {
    const many = Array.from({ length: 45 }, (_, n) => page(`p${n}`, `P${n}`));
    const { requests } = await renderSearch(
      '/fr/search?SearchableText=mangue&type=pages&page=2',
      answerWith({ Document: many }),
    );

    expect(requests).toHaveLength(1);
    expect(requests[0]).toContain('b_start=20&b_size=20');
    const group = screen.getByRole('region', { name: 'Pages (45 results)' });
    expect(within(group).getAllByRole('listitem')[0]).toHaveTextContent('P20');
    const nav = screen.getByRole('navigation', { name: 'Pages of results' });
    expect(within(nav).getByRole('link', { name: 'Page 2' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(
      within(nav).getByRole('link', { name: 'Next page' }),
    ).toHaveAttribute(
      'href',
      '/fr/search?SearchableText=mangue&type=pages&page=3',
    );
    expect(
      screen.getByRole('link', { name: 'Back to the results of every kind' }),
    ).toHaveAttribute('href', '/fr/search?SearchableText=mangue');

    await act(async () => {
      fireEvent.click(within(nav).getByRole('link', { name: 'Page 3' }));
    });
    const next = screen.getByRole('region', { name: 'Pages (45 results)' });
    expect(within(next).getAllByRole('listitem')[0]).toHaveTextContent('P40');
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('gives advice when nothing is found, and asks visitors to sign in', async () => {
    await renderSearch('/fr/search?SearchableText=zzz', answerWith({}));

    expect(screen.getByRole('status')).toHaveTextContent('No result for “zzz”');
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
    expect(screen.getByText('No result for “zzz”.')).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'try the same search in the other language of the site.',
      }),
    ).toHaveAttribute('href', '/en/search?SearchableText=zzz');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      `/login?return_url=${encodeURIComponent('/fr/search?SearchableText=zzz')}`,
    );
  });

  it('does not ask members to sign in', async () => {
    await renderSearch('/fr/search?SearchableText=zzz', answerWith({}), {
      token: 'a.b.c',
    });
    expect(screen.queryByRole('link', { name: 'Sign in' })).toBeNull();
  });

  it('says so when a group or the whole search fails', async () => {
    await renderSearch(
      '/fr/search?SearchableText=mangue',
      answerWith({ Company: companies, Expert: new Error() }),
    );
    const experts = screen.getByRole('region', { name: 'Experts' });
    expect(experts).toHaveTextContent('These results could not be loaded.');
    expect(screen.getByRole('status')).toHaveTextContent(
      '7 results for “mangue”',
    );
  });

  it('says so when every group fails', async () => {
    const failing = { Company: new Error(), Expert: new Error() };
    failing.Document = new Error();
    await renderSearch('/fr/search?SearchableText=mangue', answerWith(failing));
    expect(screen.getByRole('status')).toHaveTextContent(
      'The search could not be done.',
    );
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
  });

  it('shows the form alone without words, and searches what is typed', async () => {
    const { requests } = await renderSearch('/en/search', answerWith({}));
    expect(requests).toEqual([]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Search',
    );
    expect(screen.getByRole('status')).toHaveTextContent('');

    fireEvent.change(screen.getByLabelText('Words to search for'), {
      target: { value: ' mango ' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    });
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/en/search?SearchableText=mango',
    );
    expect(requests).toHaveLength(3);
  });
});

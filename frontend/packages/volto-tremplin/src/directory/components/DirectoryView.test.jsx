import {
  act,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter, Route } from 'react-router-dom';
import { applyMiddleware, combineReducers, createStore } from 'redux';
import { directory } from '../reducers';
import DirectoryView from './DirectoryView';

const API = 'http://localhost:8080/Plone';
const CONTENT = {
  '@id': `${API}/fr/annuaire`,
  title: 'Annuaire',
  language: { token: 'fr', title: 'Français' },
};

const COMPANY = {
  '@id': `${API}/fr/entreprises/cacao-ivoire`,
  '@type': 'Company',
  UID: 'uid-cacao',
  title: 'Cacao Ivoire',
  description: 'Fèves de cacao fermentées.',
  review_state: 'verified',
  featured: true,
  verified_on: '2026-03-01',
  city: 'Abidjan',
  countries: [{ token: 'CI', title: 'Côte d’Ivoire' }],
  regions: [{ token: 'africa', title: 'Afrique' }],
  sectors: [{ token: 'agrifood', title: 'Agrifood' }],
  expertise: [],
  size: { token: 'small', title: 'Small' },
  experience: null,
  tags: ['cocoa', 'shea'],
  logo: `${API}/fr/entreprises/cacao-ivoire/@@images/logo/thumb`,
};

const EXPERT = {
  ...COMPANY,
  '@id': `${API}/fr/experts/koffi`,
  '@type': 'Expert',
  UID: 'uid-koffi',
  title: 'Koffi Mensah',
  description: '',
  featured: false,
  review_state: 'submitted',
  city: '',
  countries: [
    { token: 'CI', title: 'Côte d’Ivoire' },
    { token: 'GH', title: 'Ghana' },
  ],
  sectors: [],
  expertise: [{ token: 'export', title: 'Export' }],
  tags: [],
  logo: null,
};

const facet = (token, title, count, selected = false) => ({
  token,
  title,
  count,
  selected,
});

function answer(overrides = {}) {
  return {
    '@id': `${API}/fr/@tremplin-directory`,
    items_total: 2,
    b_start: 0,
    b_size: 20,
    sort_on: 'title',
    recommended_first: false,
    items: [COMPANY, EXPERT],
    facets: {
      kind: [facet('company', 'Companies', 1), facet('expert', 'Experts', 1)],
      sector: [facet('agrifood', 'Agrifood', 3), facet('it', 'Digital', 1)],
      country: [facet('CI', 'Côte d’Ivoire', 2)],
      region: [],
      expertise: [],
      size: [],
      experience: [],
      tag: [facet('cocoa', 'cocoa', 1)],
    },
    ...overrides,
  };
}

const tokenOf = (sub) => `h.${btoa(JSON.stringify({ sub }))}.s`;

/**
 * Renders the view with a real store (the directory reducer) behind an API
 * middleware that answers every request with `respond(path)` as Volto's
 * does (_PENDING, then _SUCCESS or _FAIL); returns the paths asked for and
 * the router's history.
 */
function renderView({
  url = '/fr/annuaire',
  roles = ['Member', 'Company Representative'],
  user = 'awa',
  respond = () => Promise.resolve(answer()),
} = {}) {
  const requests = [];
  const api = () => (next) => (action) => {
    if (!action.request) {
      return next(action);
    }
    const { request, type, ...rest } = action;
    requests.push(request.path);
    next({ ...rest, type: `${type}_PENDING` });
    return respond(request.path).then(
      (result) => {
        act(() => {
          next({ ...rest, type: `${type}_SUCCESS`, result });
        });
        return result;
      },
      (error) => {
        act(() => {
          next({ ...rest, type: `${type}_FAIL`, error });
        });
        throw error;
      },
    );
  };
  const store = createStore(
    combineReducers({
      directory,
      intl: () => ({ locale: 'en', messages: {} }),
      userSession: () => ({ token: user ? tokenOf(user) : null }),
      users: () => ({
        user: user && roles ? { id: user, roles } : {},
        get: {},
      }),
    }),
    applyMiddleware(api),
  );
  const router = {};
  render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[url]}>
        <Route
          path="*"
          render={(props) => {
            router.history = props.history;
            router.location = props.location;
            return <DirectoryView content={CONTENT} />;
          }}
        />
      </MemoryRouter>
    </Provider>,
  );
  return { requests, router, store };
}

const status = () => screen.getByRole('status');

describe('DirectoryView for a verified member', () => {
  it('searches with the query of the page and lists the profiles', async () => {
    const { requests } = renderView({ url: '/fr/annuaire?sector=agrifood' });

    expect(status().textContent).toBe('Searching…');
    await waitFor(() => expect(status().textContent).toBe('2 profiles found'));
    expect(status().getAttribute('aria-live')).toBe('polite');
    expect(requests).toEqual(['/fr/@tremplin-directory?sector=agrifood']);

    const card = screen.getByRole('article', { name: 'Cacao Ivoire' });
    expect(
      within(card)
        .getByRole('link', { name: 'Cacao Ivoire' })
        .getAttribute('href'),
    ).toBe('/fr/entreprises/cacao-ivoire');
    expect(within(card).getByText('Verified')).toBeTruthy();
    expect(within(card).getByText('Recommended by the OIF')).toBeTruthy();
    expect(within(card).getByText('Côte d’Ivoire')).toBeTruthy();
    expect(within(card).getByText('Abidjan')).toBeTruthy();
    expect(within(card).getByText('Agrifood')).toBeTruthy();
    expect(within(card).getByText('shea')).toBeTruthy();
    expect(within(card).getByText('Fèves de cacao fermentées.')).toBeTruthy();
    const logo = card.querySelector('img');
    expect(logo.getAttribute('alt')).toBe('');
    expect(logo.getAttribute('src')).toBe(
      '/fr/entreprises/cacao-ivoire/@@images/logo/thumb',
    );

    const expert = screen.getByRole('article', { name: 'Koffi Mensah' });
    expect(within(expert).queryByText('Verified')).toBeNull();
    expect(within(expert).getByText('Countries')).toBeTruthy();
    expect(within(expert).getByText('Export')).toBeTruthy();
    expect(expert.querySelector('img')).toBeNull();
  });

  it('shows each facet as a group of checkboxes with counts', async () => {
    renderView({ url: '/fr/annuaire?sector=agrifood' });

    const sectors = await screen.findByRole('group', { name: 'Sector' });
    expect(
      within(sectors).getByRole('checkbox', { name: 'Agrifood (3)' }).checked,
    ).toBe(true);
    expect(
      within(sectors).getByRole('checkbox', { name: 'Digital (1)' }).checked,
    ).toBe(false);
    expect(screen.getByRole('group', { name: 'Keywords' })).toBeTruthy();
    // Facets without values are left out.
    expect(screen.queryByRole('group', { name: 'Region' })).toBeNull();
    // Only reviewers may ask for unverified profiles.
    expect(
      screen.queryByRole('checkbox', { name: 'Verified only' }),
    ).toBeNull();
  });

  it('pushes each change to the history; back restores the search without a request', async () => {
    const { requests, router } = renderView({
      url: '/fr/annuaire?sector=agrifood',
    });
    await screen.findByRole('group', { name: 'Country' });

    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Côte d’Ivoire (2)' }),
    );
    await waitFor(() =>
      expect(router.location.search).toBe('?sector=agrifood&country=CI'),
    );
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]).toBe(
      '/fr/@tremplin-directory?sector=agrifood&country=CI',
    );
    await waitFor(() => expect(status().textContent).toBe('2 profiles found'));

    act(() => router.history.goBack());

    expect(router.location.search).toBe('?sector=agrifood');
    expect(
      screen.getByRole('checkbox', { name: 'Côte d’Ivoire (2)' }).checked,
    ).toBe(false);
    expect(status().textContent).toBe('2 profiles found');
    expect(requests).toHaveLength(2);
  });

  it('searches the text when the form is submitted', async () => {
    const { requests, router } = renderView();
    await screen.findByRole('article', { name: 'Cacao Ivoire' });

    fireEvent.change(
      screen.getByRole('searchbox', { name: 'Search the directory' }),
      {
        target: { value: ' cacao ' },
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));

    await waitFor(() => expect(router.location.search).toBe('?q=cacao'));
    await waitFor(() =>
      expect(requests).toEqual([
        '/fr/@tremplin-directory',
        '/fr/@tremplin-directory?q=cacao',
      ]),
    );
  });

  it('sorts and puts the recommended profiles first', async () => {
    const { router } = renderView({ url: '/fr/annuaire?b_start=20' });
    const sort = await screen.findByRole('combobox', { name: 'Sort by' });
    expect(sort.value).toBe('title');

    fireEvent.change(sort, { target: { value: 'verified' } });
    await waitFor(() =>
      expect(router.location.search).toBe('?sort_on=verified'),
    );
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Recommended by the OIF first' }),
    );
    await waitFor(() =>
      expect(router.location.search).toBe(
        '?sort_on=verified&recommended_first=true',
      ),
    );
  });

  it('links the pages of results', async () => {
    const { router } = renderView({
      url: '/fr/annuaire?country=CI&b_start=20',
      respond: () => Promise.resolve(answer({ items_total: 45, b_start: 20 })),
    });

    const pages = await screen.findByRole('navigation', {
      name: 'Result pages',
    });
    expect(status().textContent).toBe('45 profiles found, page 2 of 3');
    expect(
      within(pages)
        .getByRole('link', { name: 'Page 2' })
        .getAttribute('aria-current'),
    ).toBe('page');
    fireEvent.click(within(pages).getByRole('link', { name: 'Next page' }));

    expect(router.location.search).toBe('?country=CI&b_start=40');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Results' }),
    );
  });

  it('says when nothing matches, and clears the filters', async () => {
    const { router } = renderView({
      url: '/fr/annuaire?q=zzz&tag=cocoa&sort_on=verified',
      respond: () => Promise.resolve(answer({ items_total: 0, items: [] })),
    });

    expect(
      await screen.findByText('No profile matches your search.'),
    ).toBeTruthy();
    expect(status().textContent).toBe('No profile found');
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    fireEvent.click(clear[clear.length - 1]);

    expect(router.location.search).toBe('?sort_on=verified');
  });

  it('offers to try again when the directory cannot be loaded', async () => {
    let calls = 0;
    const { requests } = renderView({
      respond: () => {
        calls += 1;
        return calls === 1
          ? Promise.reject({ status: 500, response: { body: {} } })
          : Promise.resolve(answer());
      },
    });

    expect(
      await screen.findByText(
        'The directory could not be loaded. Check your connection and try again.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    await screen.findByRole('article', { name: 'Cacao Ivoire' });
    expect(requests).toHaveLength(2);
  });

  it('shows why the server refused the query', async () => {
    renderView({
      url: '/fr/annuaire?tag=inconnu',
      respond: () =>
        Promise.reject({
          status: 400,
          response: {
            body: {
              message: JSON.stringify([
                { field: 'tag', message: 'Unknown keyword: inconnu' },
              ]),
            },
          },
        }),
    });

    expect(
      await screen.findByText(
        'This search cannot be run: Unknown keyword: inconnu',
      ),
    ).toBeTruthy();
  });

  it('tells a member the server refused as a Guest', async () => {
    renderView({
      respond: () => Promise.reject({ status: 401, response: { body: {} } }),
    });

    expect(
      await screen.findByRole('heading', {
        name: 'Your account is being verified',
      }),
    ).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });
});

describe('DirectoryView for a reviewer', () => {
  it('may include the profiles not verified yet', async () => {
    const { router, requests } = renderView({
      user: 'fatou',
      roles: ['Moderator'],
    });
    const verifiedOnly = await screen.findByRole('checkbox', {
      name: 'Verified only',
    });
    expect(verifiedOnly.checked).toBe(true);

    fireEvent.click(verifiedOnly);

    await waitFor(() =>
      expect(router.location.search).toBe('?verified_only=false'),
    );
    await waitFor(() =>
      expect(requests[1]).toBe('/fr/@tremplin-directory?verified_only=false'),
    );
  });
});

describe('DirectoryView for visitors', () => {
  it('asks for the reader’s roles before searching', () => {
    const { requests } = renderView({ roles: null });

    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(requests).toEqual(['/@users/awa']);
  });

  it('asks anonymous visitors to sign in and asks the server nothing', () => {
    const { requests } = renderView({
      user: null,
      url: '/fr/annuaire?sector=agrifood',
    });

    expect(
      screen.getByRole('heading', { name: 'Sign in to search the directory' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Sign in' }).getAttribute('href'),
    ).toBe('/fr/login?return_url=%2Ffr%2Fannuaire%3Fsector%3Dagrifood');
    expect(screen.queryByRole('status')).toBeNull();
    expect(requests).toEqual([]);
  });

  it('tells a Guest her account is being verified and asks the server nothing', () => {
    const { requests } = renderView({ roles: ['Member', 'Authenticated'] });

    expect(
      screen.getByRole('heading', { name: 'Your account is being verified' }),
    ).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(requests).toEqual([]);
  });
});

import { act, fireEvent, screen, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter } from 'react-router-dom';
import { applyMiddleware, combineReducers, createStore } from 'redux';
import { messagesOf } from '../../../testing/intl';
import { externalIdentities } from '../reducers';
import { takeJourney } from '../external';
import ExternalAccounts from './ExternalAccounts';

const IDENTITIES = '/@tremplin-external-identities';
const LINKED = {
  items: [
    {
      provider: 'oif',
      title: 'Annuaire OIF',
      email: 'awa@annuaire-oif.test',
      linked: '2026-11-20T10:00:00+00:00',
    },
  ],
  providers: [
    { id: 'oif', title: 'Annuaire OIF' },
    { id: 'google', title: 'Google' },
  ],
};
const NONE = { items: [], providers: LINKED.providers };

/** Renders `ui` in English with a store that runs the section's reducer. */
function renderWithStore(ui, { entry, middleware }) {
  const store = createStore(
    combineReducers({
      externalIdentities,
      userSession: (state = { token: 'token' }) => state,
      intl: (state = { locale: 'en', messages: messagesOf('en') }) => state,
    }),
    applyMiddleware(middleware),
  );
  return {
    store,
    ...render(
      <Provider store={store}>
        <MemoryRouter initialEntries={[entry]}>{ui}</MemoryRouter>
      </Provider>,
    ),
  };
}

const WhereAmI = () => (
  <Route
    render={({ location }) => (
      <div data-testid="location">
        {`${location.pathname}${location.state ? ' (state)' : ''}`}
      </div>
    )}
  />
);

/**
 * A redux store that runs our reducer, with a stand-in for Volto's API
 * middleware: _PENDING, then _SUCCESS with the answer or _FAIL.
 */
function storeAnswering(answer, requests) {
  const api = () => (next) => (action) => {
    if (!action.request) {
      return next(action);
    }
    requests.push(action.request);
    next({ ...action, type: `${action.type}_PENDING` });
    return answer(action.request).then(
      (result) => {
        next({ type: `${action.type}_SUCCESS`, result });
        return result;
      },
      (error) => {
        next({ type: `${action.type}_FAIL`, error });
        throw error;
      },
    );
  };
  return api;
}

/**
 * The section as the security page shows it. GET identities answers
 * `lists` in turn; `answers` maps "op path" to a function giving the
 * answer's promise (none: it never answers).
 */
async function renderSection({ lists = [LINKED], answers = {}, entry } = {}) {
  const requests = [];
  const leave = jest.fn();
  let listed = 0;
  const answer = (request) => {
    if (request.op === 'get' && request.path === IDENTITIES) {
      const list = lists[Math.min(listed, lists.length - 1)];
      listed += 1;
      return list === null
        ? Promise.reject({ status: 500, response: { body: {} } })
        : Promise.resolve(list);
    }
    const given = answers[`${request.op} ${request.path.split('?')[0]}`];
    return given ? given() : new Promise(() => {});
  };
  let view;
  await act(async () => {
    view = renderWithStore(
      <>
        <ExternalAccounts leave={leave} />
        <WhereAmI />
      </>,
      {
        entry: entry ?? '/en/security/mfa',
        middleware: storeAnswering(answer, requests),
      },
    );
  });
  return { ...view, requests, leave };
}

const click = (name) =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });

describe('ExternalAccounts', () => {
  it('lists her linked accounts and offers the others', async () => {
    const { requests } = await renderSection();

    expect(requests).toEqual([{ op: 'get', path: IDENTITIES }]);
    expect(
      screen.getByRole('heading', { level: 2, name: 'External accounts' }),
    ).toBeInTheDocument();
    const linked = screen.getByRole('list', { name: 'Linked accounts' });
    expect(within(linked).getByText('awa@annuaire-oif.test')).toBeVisible();
    expect(
      within(linked).getByText('Linked on November 20, 2026'),
    ).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Unlink Annuaire OIF' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Link a Google account' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Link a Annuaire OIF account' }),
    ).toBeNull();
  });

  it('says when no account is linked', async () => {
    await renderSection({ lists: [NONE] });

    expect(
      screen.getByText(
        'No external account is linked to your Tremplin account.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Linked accounts' })).toBeNull();
  });

  it('offers to try again when the list cannot be loaded', async () => {
    const { requests } = await renderSection({ lists: [null, NONE] });

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your external accounts could not be loaded.',
    );
    await click('Try again');
    expect(requests).toHaveLength(2);
    expect(
      screen.getByText(
        'No external account is linked to your Tremplin account.',
      ),
    ).toBeInTheDocument();
  });

  it('unlinks only once she confirms', async () => {
    const { requests } = await renderSection({
      lists: [LINKED, NONE],
      answers: {
        [`del ${IDENTITIES}/oif`]: () => Promise.resolve({}),
      },
    });
    await click('Unlink Annuaire OIF');

    const dialog = screen.getByRole('dialog', {
      name: /Unlink your Annuaire OIF account\?/,
    });
    expect(
      within(dialog).getByRole('button', { name: 'Unlink' }),
    ).toHaveFocus();
    expect(requests).toHaveLength(1);

    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Unlink' }));
    });
    expect(requests[1]).toEqual({ op: 'del', path: `${IDENTITIES}/oif` });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your Annuaire OIF account is no longer linked.',
    );
    expect(
      screen.getByText(
        'No external account is linked to your Tremplin account.',
      ),
    ).toBeInTheDocument();
  });

  it('keeps the account when she cancels, and gives the focus back', async () => {
    const { requests } = await renderSection();
    const unlink = screen.getByRole('button', { name: 'Unlink Annuaire OIF' });
    unlink.focus();
    await click('Unlink Annuaire OIF');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    });

    expect(requests).toHaveLength(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(unlink).toHaveFocus();
  });

  it('goes to the provider to link an account, coming back here', async () => {
    window.sessionStorage.clear();
    const { leave } = await renderSection({
      answers: {
        'get @login-authomatic/google': () =>
          Promise.resolve({
            next_url: 'https://accounts.google.test/o',
            session: 's',
          }),
      },
    });
    await click('Link a Google account');

    expect(leave).toHaveBeenCalledWith('https://accounts.google.test/o');
    expect(takeJourney(window.sessionStorage, 'google')).toEqual(
      expect.objectContaining({
        purpose: 'link',
        returnUrl: '/en/security/mfa',
      }),
    );
  });

  it('confirms an account linked on the way back from the provider', async () => {
    await renderSection({
      entry: {
        pathname: '/en/security/mfa',
        state: { externalLinked: 'Annuaire OIF' },
      },
    });

    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent(
      'Your Annuaire OIF account is linked: you can now log in with it.',
    );
    // Said once: the history entry no longer carries it.
    expect(screen.getByTestId('location')).toHaveTextContent(
      /^\/en\/security\/mfa$/,
    );
  });
});

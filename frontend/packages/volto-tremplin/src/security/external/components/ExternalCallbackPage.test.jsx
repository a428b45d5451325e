import { act, fireEvent, screen } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { fakeApi, renderInLanguage } from '../../../testing/intl';
import { rememberJourney } from '../external';
import ExternalCallbackPage from './ExternalCallbackPage';

const JOURNEY = {
  provider: 'oif',
  title: 'Annuaire OIF',
  purpose: 'login',
  session: 'signed-state',
  returnUrl: '/en/moderation',
};
const TOKEN = 'header.payload.signature';
const CALLBACK = '/@login-authomatic/oif';
const CHALLENGE = {
  mfa_required: true,
  challenge: 'c-123',
  methods: ['totp'],
  expires: '2026-11-27T10:05:00+00:00',
};

const refused = (status, body = {}) =>
  Promise.reject({ status, response: { body } });

/** Where the router is, and what the page handed to the next one. */
const WhereAmI = () => (
  <Route
    render={({ location }) => (
      <div data-testid="location">
        {`${location.pathname}${location.search}`}
        {location.state?.externalLinked &&
          ` linked:${location.state.externalLinked}`}
      </div>
    )}
  />
);

/**
 * The page as the provider's redirect opens it. `answers` maps a request
 * path to a function of its data giving the answer's promise.
 */
async function renderCallback({
  search = '?code=abc&state=xyz',
  journey = JOURNEY,
  answers = {},
  token = null,
} = {}) {
  window.sessionStorage.clear();
  if (journey) {
    rememberJourney(window.sessionStorage, journey);
  }
  const requests = [];
  let view;
  await act(async () => {
    view = renderInLanguage(
      <>
        <Route
          path="/login-authomatic/:provider"
          component={ExternalCallbackPage}
        />
        <WhereAmI />
      </>,
      {
        path: `/login-authomatic/oif${search}`,
        state: { userSession: { token } },
        middlewares: [
          fakeApi(({ request }) => {
            requests.push(request);
            const answer = answers[request.path];
            return answer ? answer(request.data) : new Promise(() => {});
          }),
        ],
      },
    );
  });
  return { ...view, requests };
}

const locationShown = () => screen.getByTestId('location').textContent;
const loggedInTokens = (store) =>
  store
    .getActions()
    .filter(({ type }) => type === 'LOGIN_SUCCESS')
    .map(({ result }) => result.token);

describe('ExternalCallbackPage', () => {
  it('shows its progress while the server checks the answer', async () => {
    const { requests } = await renderCallback();

    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Logging in with an external account',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Checking your Annuaire OIF account…',
    );
    expect(requests).toEqual([
      {
        op: 'post',
        path: CALLBACK,
        data: expect.objectContaining({
          qs: '?code=abc&state=xyz',
          session: 'signed-state',
        }),
      },
    ]);
    // The state works once: a reload does not send it again.
    expect(window.sessionStorage.length).toBe(0);
  });

  it('signs in and goes where she was going', async () => {
    const { store } = await renderCallback({
      answers: { [CALLBACK]: () => Promise.resolve({ token: TOKEN }) },
    });

    expect(loggedInTokens(store)).toEqual([TOKEN]);
    expect(locationShown()).toBe('/en/moderation');
  });

  it('sends her to the enrolment page first when her role requires it', async () => {
    await renderCallback({
      answers: {
        [CALLBACK]: () =>
          Promise.resolve({ token: TOKEN, mfa_enrolment_required: true }),
      },
    });

    expect(locationShown()).toBe(
      '/en/security/mfa?return_url=%2Fen%2Fmoderation',
    );
  });

  it('welcomes a new account and says what a Guest may do', async () => {
    const { store } = await renderCallback({
      answers: {
        [CALLBACK]: () => Promise.resolve({ token: TOKEN, new_account: true }),
      },
    });

    expect(loggedInTokens(store)).toEqual([TOKEN]);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Welcome to Tremplin' }),
    ).toHaveFocus();
    expect(screen.getByText(/It is not verified yet/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('link', { name: 'Continue' }));
    expect(locationShown()).toBe('/en/moderation');
  });

  it('asks for the second factor, then signs in with the code', async () => {
    const { store, requests } = await renderCallback({
      answers: {
        [CALLBACK]: () => Promise.resolve(CHALLENGE),
        '/@tremplin-login-code': () => Promise.resolve({ token: TOKEN }),
      },
    });

    expect(
      screen.getByRole('heading', { level: 1, name: 'Two-step verification' }),
    ).toHaveFocus();
    expect(loggedInTokens(store)).toEqual([]);
    fireEvent.change(screen.getByLabelText('Code from the application'), {
      target: { value: '123 456' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    });

    expect(requests[1]).toEqual({
      op: 'post',
      path: '/@tremplin-login-code',
      data: { challenge: 'c-123', code: '123456' },
    });
    expect(loggedInTokens(store)).toEqual([TOKEN]);
    expect(locationShown()).toBe('/en/moderation');
  });

  it('keeps her on the code step after a wrong code', async () => {
    await renderCallback({
      answers: {
        [CALLBACK]: () => Promise.resolve(CHALLENGE),
        '/@tremplin-login-code': () =>
          refused(400, {
            type: 'BadRequest',
            message: JSON.stringify([
              { field: 'code', message: 'Wrong code, 4 tries left.' },
            ]),
          }),
      },
    });
    const field = screen.getByLabelText('Code from the application');
    fireEvent.change(field, { target: { value: '000000' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    });

    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect(screen.getByText('Wrong code, 4 tries left.')).toBeInTheDocument();
  });

  it('brings a member who linked an account back to the security page', async () => {
    await renderCallback({
      token: TOKEN,
      journey: { ...JOURNEY, purpose: 'link', returnUrl: '/en/security/mfa' },
      answers: {
        [CALLBACK]: () =>
          Promise.resolve({
            linked: { provider: 'oif', title: 'Annuaire OIF' },
          }),
      },
    });

    expect(locationShown()).toBe('/en/security/mfa linked:Annuaire OIF');
  });

  it.each([
    [
      'AccountExists',
      409,
      /A Tremplin account already uses this address/,
      'Back to the login page',
      '/en/login?return_url=%2Fen%2Fmoderation',
    ],
    [
      'ExternalLoginFailed',
      401,
      /could not be confirmed/,
      'Back to the login page',
      '/en/login?return_url=%2Fen%2Fmoderation',
    ],
    [
      'IdentityInUse',
      409,
      /already linked to another Tremplin account/,
      'Back to account security',
      '/en/security/mfa',
    ],
  ])(
    'explains a %s refusal and offers the way back',
    async (type, status, text, linkName, target) => {
      await renderCallback({
        answers: { [CALLBACK]: () => refused(status, { error: { type } }) },
      });

      expect(screen.getByRole('alert')).toHaveTextContent(text);
      expect(
        screen.getByRole('heading', {
          level: 1,
          name: 'Logging in with Annuaire OIF did not work',
        }),
      ).toHaveFocus();
      fireEvent.click(screen.getByRole('link', { name: linkName }));
      expect(locationShown()).toBe(target);
    },
  );

  it('sends nothing when she cancelled at the provider', async () => {
    const { requests } = await renderCallback({
      search: '?error=access_denied&state=xyz',
    });

    expect(requests).toEqual([]);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'You cancelled the login at Annuaire OIF. Nothing was changed.',
    );
  });

  it('sends nothing for a link this tab did not start', async () => {
    const { requests } = await renderCallback({ journey: null });

    expect(requests).toEqual([]);
    expect(screen.getByRole('alert')).toHaveTextContent(/no longer valid/);
  });

  it('does not link to nobody when her session ended at the provider', async () => {
    const { requests } = await renderCallback({
      journey: { ...JOURNEY, purpose: 'link', returnUrl: '/en/security/mfa' },
    });

    expect(requests).toEqual([]);
    expect(screen.getByRole('alert')).toHaveTextContent(
      /session ended while you were at Annuaire OIF/,
    );
    fireEvent.click(
      screen.getByRole('link', { name: 'Back to the login page' }),
    );
    expect(locationShown()).toBe('/en/login?return_url=%2Fen%2Fsecurity%2Fmfa');
  });

  it('shows the provider’s name as text, never as markup', async () => {
    await renderCallback({
      journey: { ...JOURNEY, title: '<img src=x onerror=alert(1)>' },
      answers: { [CALLBACK]: () => refused(401) },
    });

    expect(screen.getByRole('alert')).toHaveTextContent(
      '<img src=x onerror=alert(1)>',
    );
    expect(document.querySelector('img')).toBeNull();
  });
});

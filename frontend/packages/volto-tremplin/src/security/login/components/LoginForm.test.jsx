import { act, fireEvent, screen } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { fakeApi, renderInLanguage } from '../../../testing/intl';
import { fakeWidget, installFakeAltcha } from '../../captcha/fixtures';
import loadAltcha from '../../captcha/loadAltcha';
import LoginForm from './LoginForm';

jest.mock('../../captcha/loadAltcha', () => jest.fn());

const TOKEN = 'header.payload.signature';
const CHALLENGE = {
  mfa_required: true,
  challenge: 'c-123',
  methods: ['totp'],
  expires: '2026-11-27T10:05:00+00:00',
};

const refused = (status, body = {}, headers = {}) =>
  Promise.reject({ status, response: { body, headers } });
const fieldErrors = (items) =>
  refused(400, { type: 'BadRequest', message: JSON.stringify(items) });

/** Shows where the router is, as the page after the login would. */
const WhereAmI = () => (
  <Route
    render={({ location }) => (
      <div data-testid="location">
        {`${location.pathname}${location.search}`}
      </div>
    )}
  />
);

/**
 * The login page at `path`; `answers` maps a request path to a function of
 * its data giving the answer's promise.
 */
function renderLogin(answers = {}, path = '/en/login') {
  const requests = [];
  const view = renderInLanguage(
    <>
      <LoginForm />
      <WhereAmI />
    </>,
    {
      path,
      middlewares: [
        fakeApi(({ request }) => {
          requests.push(request);
          const answer = answers[request.path];
          return answer ? answer(request.data) : Promise.resolve({});
        }),
      ],
    },
  );
  return { ...view, requests };
}

const type = (label, value) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const click = (name) =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
const logIn = async (login = 'moderateur', password = 'Demo-Tremplin-2026') => {
  type('E-mail address or username', login);
  type('Password', password);
  await click('Log in');
};
const locationShown = () => screen.getByTestId('location').textContent;
const describedByText = (element) =>
  (element.getAttribute('aria-describedby') || '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('LoginForm, password step', () => {
  it('asks for both fields and sends nothing while one is empty', async () => {
    const { requests } = renderLogin();

    await click('Log in');

    const login = screen.getByLabelText('E-mail address or username');
    expect(login.getAttribute('aria-invalid')).toBe('true');
    expect(describedByText(login)).toContain('Fill in this field.');
    expect(document.activeElement).toBe(login);
    expect(requests).toEqual([]);
  });

  it('refuses wrong credentials: says so, empties the password, keeps the focus on it', async () => {
    const { store } = renderLogin({
      '/@login': () =>
        refused(401, {
          error: { type: 'Invalid credentials', message: 'Wrong' },
          captcha_required: false,
        }),
    });

    await logIn('awa', 'not-the-password');

    expect(screen.getByRole('alert').textContent).toMatch(/Login failed/);
    const password = screen.getByLabelText('Password');
    expect(password.value).toBe('');
    expect(describedByText(password)).toMatch(/Login failed/);
    expect(document.activeElement).toBe(password);
    expect(store.getActions().map(({ type }) => type)).not.toContain(
      'LOGIN_SUCCESS',
    );
    expect(locationShown()).toBe('/en/login');
  });

  it('adds the captcha once the server asks, and sends its solution', async () => {
    installFakeAltcha(loadAltcha);
    const sent = [];
    const { container, requests } = renderLogin({
      '/@login': (data) => {
        sent.push(data);
        return sent.length === 1
          ? refused(401, { captcha_required: true })
          : Promise.resolve({ token: TOKEN });
      },
    });

    await logIn();
    expect(screen.getByRole('group', { name: 'Anti-spam check' })).toBeTruthy();
    await act(async () => {});

    // Not solved yet: nothing is sent.
    type('Password', 'Demo-Tremplin-2026');
    await click('Log in');
    expect(requests).toHaveLength(1);
    expect(
      screen.getByText(/The check above is not finished yet/),
    ).toBeTruthy();

    await act(async () => fakeWidget(container).emit('verified', 'solved'));
    await click('Log in');

    expect(sent[1]).toEqual({
      login: 'moderateur',
      password: 'Demo-Tremplin-2026',
      captcha: 'solved',
    });
  });

  it('shows the server’s captcha error in the captcha group', async () => {
    installFakeAltcha(loadAltcha);
    renderLogin({
      '/@login': () =>
        fieldErrors([{ field: 'captcha', message: 'The check failed.' }]),
    });

    await logIn();

    const group = screen.getByRole('group', { name: 'Anti-spam check' });
    expect(describedByText(group)).toContain('The check failed.');
  });

  it('says how long a locked account waits', async () => {
    renderLogin({
      '/@login': () =>
        refused(429, { error: { type: 'Locked' }, retry_after: 840 }),
    });

    await logIn();

    expect(screen.getByRole('alert').textContent).toBe(
      'Too many failed attempts: logging in is blocked for 14 minutes. Try again later, or reset your password.',
    );
  });

  it('offers the password reset in the page’s language', () => {
    renderLogin({}, '/fr/login');

    expect(
      screen.getByRole('link', { name: 'Forgot your password?' }),
    ).toHaveAttribute('href', '/fr/password-reset');
  });
});

describe('LoginForm, success', () => {
  it('puts the token in Volto’s session and goes back where she was', async () => {
    const { store } = renderLogin(
      { '/@login': () => Promise.resolve({ token: TOKEN }) },
      '/en/login?return_url=%2Fen%2Fcompanies',
    );

    await logIn();

    expect(store.getActions()).toContainEqual({
      type: 'LOGIN_SUCCESS',
      result: { token: TOKEN },
    });
    expect(locationShown()).toBe('/en/companies');
  });

  it('never follows a return_url to another site', async () => {
    renderLogin(
      { '/@login': () => Promise.resolve({ token: TOKEN }) },
      '/en/login?return_url=%2F%2Fevil.example',
    );

    await logIn();

    expect(locationShown()).toBe('/en');
  });

  it('sends a user whose role requires it to the enrolment page', async () => {
    renderLogin(
      {
        '/@login': () =>
          Promise.resolve({ token: TOKEN, mfa_enrolment_required: true }),
      },
      '/fr/login?return_url=%2Ffr%2Fmoderation',
    );

    await logIn();

    expect(locationShown()).toBe(
      '/fr/security/mfa?return_url=%2Ffr%2Fmoderation',
    );
  });
});

describe('LoginForm, code step', () => {
  const toCodeStep = async (answers = {}, challenge = CHALLENGE) => {
    const view = renderLogin({
      '/@login': () => Promise.resolve(challenge),
      ...answers,
    });
    await logIn();
    return view;
  };

  it('asks for the code without issuing any token first', async () => {
    const { store } = await toCodeStep();

    const heading = screen.getByRole('heading', {
      name: 'Two-step verification',
    });
    expect(document.activeElement).toBe(heading);
    const code = screen.getByLabelText('Code from the application');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(store.getActions().map(({ type }) => type)).not.toContain(
      'LOGIN_SUCCESS',
    );
  });

  it('refuses a wrong code with the server’s message tied to the field', async () => {
    const { store } = await toCodeStep({
      '/@tremplin-login-code': () =>
        fieldErrors([{ field: 'code', message: 'Wrong code: 4 tries left.' }]),
    });

    type('Code from the application', '000000');
    await click('Verify');

    const code = screen.getByLabelText('Code from the application');
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(describedByText(code)).toContain('Wrong code: 4 tries left.');
    expect(document.activeElement).toBe(code);
    expect(store.getActions().map(({ type }) => type)).not.toContain(
      'LOGIN_SUCCESS',
    );
  });

  it('starts again with the password when the challenge is dead', async () => {
    await toCodeStep({
      '/@tremplin-login-code': () =>
        fieldErrors([{ field: 'challenge', message: 'Expired.' }]),
    });

    type('Code from the application', '123456');
    await click('Verify');

    expect(screen.getByRole('alert').textContent).toMatch(
      /This verification has expired/,
    );
    expect(screen.getByLabelText('Password').value).toBe('');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Log in' }),
    );
  });

  it('logs in with the code, spaces dropped', async () => {
    const { requests, store } = await toCodeStep({
      '/@tremplin-login-code': () => Promise.resolve({ token: TOKEN }),
    });

    type('Code from the application', '123 456');
    await click('Verify');

    expect(requests[1]).toEqual({
      op: 'post',
      path: '/@tremplin-login-code',
      data: { challenge: 'c-123', code: '123456' },
    });
    expect(store.getActions()).toContainEqual({
      type: 'LOGIN_SUCCESS',
      result: { token: TOKEN },
    });
    expect(locationShown()).toBe('/en');
  });

  it('takes a recovery code in a text field', async () => {
    const { requests } = await toCodeStep({
      '/@tremplin-login-code': () => Promise.resolve({ token: TOKEN }),
    });

    await click('Use a recovery code');
    const code = screen.getByLabelText('Recovery code');
    expect(document.activeElement).toBe(code);
    expect(code).toHaveAttribute('inputmode', 'text');
    type('Recovery code', ' abcd-efgh ');
    await click('Verify');

    expect(requests[1].data).toEqual({ challenge: 'c-123', code: 'abcd-efgh' });
  });

  it('sends an SMS for the challenge when SMS is her method', async () => {
    const { requests } = await toCodeStep(
      {},
      { ...CHALLENGE, methods: ['sms'] },
    );

    expect(screen.getByLabelText('Code received by SMS')).toBeTruthy();
    expect(
      screen.queryByRole('button', {
        name: 'Use my authenticator application',
      }),
    ).toBeNull();
    await click('Send me a code by SMS');

    expect(requests[1]).toEqual({
      op: 'post',
      path: '/@tremplin-login-sms',
      data: { challenge: 'c-123' },
    });
    expect(screen.getByRole('status').textContent).toMatch(
      /A code was sent by SMS/,
    );
  });
});

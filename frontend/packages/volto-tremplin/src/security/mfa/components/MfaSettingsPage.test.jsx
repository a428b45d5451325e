import { act, fireEvent, screen } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { fakeApi, renderInLanguage } from '../../../testing/intl';
import MfaSettingsPage from './MfaSettingsPage';

// A JWT as the browser keeps it (the signature is not checked here).
const encode = (part) =>
  Buffer.from(JSON.stringify(part)).toString('base64url');
const TOKEN = `${encode({ alg: 'HS256' })}.${encode({
  sub: 'moderateur',
  fullname: 'Fatou DIALLO',
  exp: 4102444800,
})}.signature`;

const WhereAmI = () => (
  <Route
    render={({ location }) => (
      <div data-testid="location">{`${location.pathname}${location.search}`}</div>
    )}
  />
);

const OFF = { enabled: false, methods: [], required: true, sms: null };
const ON = {
  enabled: true,
  methods: ['totp'],
  required: false,
  recovery_codes_left: 7,
  sms: null,
};

function renderPage({
  status,
  token = TOKEN,
  wall = {},
  search = '',
  confirmed = { enabled: true, recovery_codes: ['abcd-efgh', 'ijkl-mnop'] },
} = {}) {
  const requests = [];
  const view = renderInLanguage(
    <>
      <MfaSettingsPage location={{ pathname: '/en/security/mfa', search }} />
      <WhereAmI />
    </>,
    {
      path: `/en/security/mfa${search}`,
      state: {
        userSession: { token },
        mfaStatus: { data: status, loading: false, loaded: true, error: null },
        mfaEnrolment: { required: false, reauthenticate: false, ...wall },
      },
      middlewares: [
        fakeApi(({ request }) => {
          requests.push(request);
          if (request.path === '/@tremplin-mfa/totp') {
            return Promise.resolve({
              secret: 'JBSWY3DPEHPK3PXP',
              otpauth_uri: 'otpauth://totp/x',
              qr_svg: 'data:image/svg+xml;base64,PHN2Zy8+',
            });
          }
          if (request.path === '/@tremplin-mfa/totp/confirm') {
            return Promise.resolve(confirmed);
          }
          return Promise.resolve(status);
        }),
      ],
    },
  );
  return { ...view, requests };
}

const locationShown = () => screen.getByTestId('location').textContent;

describe('MfaSettingsPage', () => {
  it('asks a visitor to log in first, in place', () => {
    renderPage({ token: null });

    expect(
      screen.getByText(
        'Log in to manage the two-step verification of your account.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Log in' }),
    ).toBeTruthy();
  });

  it('explains why a moderator must enrol, and offers both methods', () => {
    renderPage({ status: OFF, wall: { required: true } });

    expect(screen.getByText(/Your role on Tremplin/)).toBeTruthy();
    expect(screen.getByText('Two-step verification is off.')).toBeTruthy();
    expect(
      screen.getByRole('button', {
        name: 'Set up an authenticator application (recommended)',
      }),
    ).toHaveAccessibleDescription(/shows a new code every 30 seconds/);
    expect(
      screen.getByRole('button', { name: 'Receive codes by SMS' }),
    ).toHaveAccessibleDescription(/SMS is the least safe method/);
  });

  it('shows what is on, and warns a moderator before she turns it off', () => {
    renderPage({ status: { ...ON, required: true } });

    expect(screen.getByText('Two-step verification is on.')).toBeTruthy();
    expect(screen.getByText('Authenticator application')).toBeTruthy();
    expect(screen.getByText('7 codes')).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'Make new recovery codes' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'Turn off two-step verification' }),
    ).toBeTruthy();
    expect(screen.getByText(/you must set it up again/)).toBeTruthy();
  });

  it('lets a member who may do without it turn it off, without warning', () => {
    renderPage({ status: ON });

    expect(
      screen.getByRole('heading', { name: 'Turn off two-step verification' }),
    ).toBeTruthy();
    expect(screen.queryByText(/you must set it up again/)).toBeNull();
  });

  const enrolAndSaveCodes = async () => {
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', {
          name: 'Set up an authenticator application (recommended)',
        }),
      );
    });
    const code = await screen.findByLabelText('Code from the application');
    fireEvent.change(code, { target: { value: '123456' } });
    await act(async () => {
      fireEvent.submit(code.closest('form'));
    });
    expect(
      screen.getByRole('heading', { name: 'Save your recovery codes' }),
    ).toBeTruthy();
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'I have saved my recovery codes' }),
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    });
  };

  it('enrols, keeps the new session, then goes where she was going', async () => {
    const { store } = renderPage({
      status: OFF,
      wall: { required: true },
      search: '?return_url=%2Fen%2Fmoderation',
      confirmed: { enabled: true, recovery_codes: ['a-b'], token: 'new' },
    });

    await enrolAndSaveCodes();

    expect(store.getActions()).toContainEqual({
      type: 'LOGIN_SUCCESS',
      result: { token: 'new' },
    });
    expect(store.getActions().map(({ type }) => type)).not.toContain('LOGOUT');
    expect(locationShown()).toBe('/en/moderation');
  });

  it('asks for a new login when the enrolment brings no new session', async () => {
    const { store, requests } = renderPage({
      status: OFF,
      wall: { required: true },
      search: '?return_url=%2Fen%2Fmoderation',
    });

    await enrolAndSaveCodes();

    expect(requests.map(({ path }) => path)).toContain(
      '/@tremplin-mfa/totp/confirm',
    );
    expect(store.getActions().map(({ type }) => type)).toContain('LOGOUT');
    expect(locationShown()).toBe(
      '/en/login?reason=mfa&return_url=%2Fen%2Fmoderation',
    );
  });
});

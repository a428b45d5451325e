import { act, fireEvent, screen } from '@testing-library/react';
import { fakeWidget, installFakeAltcha } from '../../captcha/fixtures';
import loadAltcha from '../../captcha/loadAltcha';
import { fakeApi, renderInLanguage } from '../../../testing/intl';
import PasswordResetPage from './PasswordResetPage';

jest.mock('../../captcha/loadAltcha', () => jest.fn());

const EMAIL = 'awa.ndiaye@demo.tremplin.test';
const STRONG = { score: 4, acceptable: true, problems: [], suggestions: [] };

const badRequest = (items) =>
  Promise.reject({
    status: 400,
    response: {
      body: { type: 'BadRequest', message: JSON.stringify(items) },
    },
  });

async function renderPage(
  answer = () => Promise.resolve({}),
  path = '/en/password-reset',
) {
  const requests = [];
  const view = renderInLanguage(<PasswordResetPage />, {
    path,
    middlewares: [
      fakeApi((action) => {
        if (action.request.path === '/@tremplin-password-check') {
          return Promise.resolve(STRONG);
        }
        requests.push(action.request);
        return answer(action.request);
      }),
    ],
  });
  await act(async () => {}); // the captcha widget loads
  return { ...view, requests };
}

const type = (label, value) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const press = (name) =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
const solveCaptcha = (container, payload = 'cGF5bG9hZA==') =>
  act(async () => {
    fakeWidget(container).emit('verified', payload);
  });

/** Step 1 done: the address sent, the code step shown. */
async function requestCode(view) {
  type('E-mail address', EMAIL);
  await solveCaptcha(view.container);
  await press('Send me a code');
}

describe('PasswordResetPage', () => {
  beforeEach(() => installFakeAltcha(loadAltcha));
  afterEach(() => loadAltcha.mockReset());

  it('asks for the address with the anti-spam check and the honeypot', async () => {
    const view = await renderPage();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Reset your password',
    );
    expect(
      screen.getByRole('group', { name: 'Anti-spam check' }),
    ).toBeVisible();
    await requestCode(view);

    expect(view.requests).toEqual([
      {
        op: 'post',
        path: '/@tremplin-password-reset',
        data: { email: EMAIL, captcha: 'cGF5bG9hZA==', website: '' },
      },
    ]);
    // The same answer whether the account exists or not.
    expect(screen.getByText(/If an account exists for/)).toHaveTextContent(
      `If an account exists for ${EMAIL}, an e-mail with a 6-digit code`,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('checks the address before anything is sent', async () => {
    const view = await renderPage();
    type('E-mail address', 'awa@');
    await press('Send me a code');

    expect(view.requests).toEqual([]);
    const email = screen.getByLabelText('E-mail address');
    expect(email).toHaveFocus();
    expect(email).toHaveAccessibleDescription(
      'Enter an e-mail address such as name@example.org.',
    );
  });

  it('waits for the anti-spam check, then sends', async () => {
    const view = await renderPage();
    type('E-mail address', EMAIL);
    await press('Send me a code');
    expect(view.requests).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent(
      'the form goes as soon as it is done',
    );

    await solveCaptcha(view.container, 'bGF0ZQ==');
    expect(view.requests[0].data.captcha).toBe('bGF0ZQ==');
  });

  it('shows a refused captcha on it and asks for a new challenge', async () => {
    const view = await renderPage(() =>
      badRequest([
        {
          field: 'captcha',
          message: 'Please confirm that you are not a robot.',
        },
      ]),
    );
    await requestCode(view);

    expect(
      screen.getByRole('group', { name: 'Anti-spam check' }),
    ).toHaveAccessibleDescription(/Please confirm that you are not a robot\./);
    expect(fakeWidget(view.container).reset).toHaveBeenCalled();
    expect(screen.getByLabelText('E-mail address')).toHaveValue(EMAIL);
  });

  it('says how long to wait when asked too often', async () => {
    const view = await renderPage(() =>
      Promise.reject({
        status: 429,
        response: {
          headers: { 'retry-after': '600' },
          body: { error: { type: 'TooManyRequests', message: 'Slow down.' } },
        },
      }),
    );
    await requestCode(view);

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Too many requests. Wait 10 minutes before asking again.',
    );
  });

  it('sets the new password with the code, then offers to log in', async () => {
    const view = await renderPage();
    await requestCode(view);
    type('Code received by e-mail', '123 456');
    type('New password', 'baobab-pirogue-harmattan');
    type('Confirm the new password', 'baobab-pirogue-harmattan');
    await press('Change my password');

    expect(view.requests[1]).toEqual({
      op: 'post',
      path: '/@tremplin-password-reset-confirm',
      data: {
        email: EMAIL,
        code: '123456',
        password: 'baobab-pirogue-harmattan',
      },
    });
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Your password was changed');
    expect(heading).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute(
      'href',
      '/en/login',
    );
  });

  it('checks the code and the passwords before sending', async () => {
    const view = await renderPage();
    await requestCode(view);
    type('Code received by e-mail', '12a');
    type('New password', 'baobab-pirogue-harmattan');
    type('Confirm the new password', 'baobab-pirogue');
    await press('Change my password');

    expect(view.requests).toHaveLength(1);
    const code = screen.getByLabelText('Code received by e-mail');
    expect(code).toHaveFocus();
    expect(code).toHaveAccessibleDescription(
      /Enter the 6 digits of the code\./,
    );
    expect(
      screen.getByLabelText('Confirm the new password'),
    ).toHaveAccessibleDescription('The two passwords are not the same.');
  });

  it('shows the server refusals on their fields', async () => {
    const view = await renderPage((request) =>
      request.path.endsWith('-confirm')
        ? badRequest([
            { field: 'code', message: 'Wrong code: 4 tries left.' },
            { field: 'password', message: 'This password is too common.' },
          ])
        : Promise.resolve({}),
    );
    await requestCode(view);
    type('Code received by e-mail', '654321');
    type('New password', 'motdepasse123');
    type('Confirm the new password', 'motdepasse123');
    await press('Change my password');

    const code = screen.getByLabelText('Code received by e-mail');
    expect(code).toHaveFocus();
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(/Wrong code: 4 tries left\./);
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      /This password is too common\./,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'The change was refused',
    );
  });

  it('goes back to ask for a new code', async () => {
    const view = await renderPage();
    await requestCode(view);
    await press('Ask for a new code');

    expect(screen.getByLabelText('E-mail address')).toHaveValue(EMAIL);
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('goes to the code step without a new code for who has one', async () => {
    const view = await renderPage();
    type('E-mail address', EMAIL);
    await press('I already have a code');

    expect(view.requests).toEqual([]);
    expect(screen.getByLabelText('Code received by e-mail')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('opens at the code step from the link of the mail', async () => {
    await renderPage(undefined, `/fr/password-reset?email=${EMAIL}`);

    expect(screen.getByLabelText(/Code/)).toBeVisible();
    expect(screen.queryByRole('group')).toBeNull();
  });
});

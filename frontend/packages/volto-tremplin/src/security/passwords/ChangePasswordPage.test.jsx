import { act, fireEvent, screen } from '@testing-library/react';
import { fakeApi, renderInLanguage } from '../../testing/intl';
import ChangePasswordPage from './ChangePasswordPage';

/** An unsigned JWT whose subject is `sub` (the page only decodes it). */
const tokenFor = (sub) =>
  [
    btoa(JSON.stringify({ alg: 'none', typ: 'JWT' })),
    btoa(JSON.stringify({ sub })),
    '',
  ].join('.');

const AWA = {
  id: 'awa',
  username: 'awa',
  email: 'awa.ndiaye@demo.tremplin.test',
  fullname: 'Awa Ndiaye',
};
const STRONG = { score: 4, acceptable: true, problems: [], suggestions: [] };

function renderPage(answer = () => Promise.resolve(), { token } = {}) {
  const requests = [];
  const view = renderInLanguage(<ChangePasswordPage />, {
    path: '/en/change-password',
    state: {
      userSession: { token: token === undefined ? tokenFor('awa') : token },
      users: { user: AWA },
    },
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
  return { ...view, requests };
}

const type = (label, value) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () =>
  act(async () => {
    fireEvent.click(
      screen.getByRole('button', { name: 'Change the password' }),
    );
  });

function fillForm({
  current = 'Demo-Tremplin-2026',
  next = 'baobab-pirogue-harmattan',
  repeat = next,
} = {}) {
  type('Current password', current);
  type('New password', next);
  type('Confirm password', repeat);
}

describe('ChangePasswordPage', () => {
  it('sends the current and the new password for the member logged in', async () => {
    const { requests } = renderPage();
    fillForm();
    await save();

    expect(requests).toEqual([
      {
        op: 'post',
        path: '/@users/awa/reset-password',
        data: {
          old_password: 'Demo-Tremplin-2026',
          new_password: 'baobab-pirogue-harmattan',
        },
      },
    ]);
    const done = screen.getByText('Your password was changed.', {
      selector: '.registration-notice',
    });
    expect(done).toHaveFocus();
    expect(screen.getByLabelText('Current password')).toHaveValue('');
  });

  it('checks the entries before sending', async () => {
    const { requests } = renderPage();
    fillForm({ next: 'short', repeat: 'other' });
    await save();

    expect(requests).toEqual([]);
    const next = screen.getByLabelText('New password');
    expect(next).toHaveFocus();
    expect(next).toHaveAttribute('aria-invalid', 'true');
    expect(next).toHaveAccessibleDescription(/Use at least 12 characters\./);
    expect(
      screen.getByLabelText('Confirm password'),
    ).toHaveAccessibleDescription('The two passwords are not the same.');
    expect(screen.getByRole('status')).toHaveTextContent(
      '2 fields need your attention.',
    );
  });

  it('says when the current password is wrong', async () => {
    renderPage(() =>
      Promise.reject({
        status: 403,
        response: {
          body: {
            error: {
              type: 'Wrong password',
              message: "The password passed as 'old_password' is wrong.",
            },
          },
        },
      }),
    );
    fillForm();
    await save();

    const current = screen.getByLabelText('Current password');
    expect(current).toHaveFocus();
    expect(current).toHaveAccessibleDescription(
      'This is not your current password.',
    );
  });

  it('shows why the backend refused the new password', async () => {
    renderPage(() =>
      Promise.reject({
        status: 400,
        response: {
          body: {
            type: 'BadRequest',
            message: JSON.stringify([
              {
                field: 'new_password',
                message: 'This password appears in lists of leaked passwords.',
              },
            ]),
          },
        },
      }),
    );
    fillForm();
    await save();

    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      /appears in lists of leaked passwords/,
    );
  });

  it('shows the password policy of Plone’s own check on the new password', async () => {
    renderPage(() =>
      Promise.reject({
        status: 400,
        response: {
          body: {
            type: 'BadRequest',
            message: 'Use at least 12 characters. This password is too common.',
          },
        },
      }),
    );
    fillForm();
    await save();

    const next = screen.getByLabelText('New password');
    expect(next).toHaveFocus();
    expect(next).toHaveAccessibleDescription(/This password is too common\./);
  });

  it('gives live feedback on the new password only', async () => {
    renderPage();
    type('New password', 'baobab-pirogue-harmattan');

    expect(await screen.findByText(/Password strength: strong/)).toBeVisible();
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      /This password is accepted/,
    );
  });

  it('asks a visitor to log in first', () => {
    renderPage(undefined, { token: null });

    expect(screen.queryByLabelText('Current password')).toBeNull();
    expect(
      screen.getByRole('link', { name: 'Log in to change your password.' }),
    ).toBeVisible();
  });
});

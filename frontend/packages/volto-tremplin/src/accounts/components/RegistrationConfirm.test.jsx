import { act, fireEvent, screen } from '@testing-library/react';
import { fakeApi, renderInLanguage } from '../../testing/intl';
import RegistrationConfirm, { tokenOf } from './RegistrationConfirm';

async function renderConfirm(path, answer) {
  const requests = [];
  let result;
  await act(async () => {
    result = renderInLanguage(<RegistrationConfirm />, {
      language: 'en',
      path,
      middlewares: [
        fakeApi((action) => {
          requests.push(action.request);
          return answer(action);
        }),
      ],
    });
  });
  return { ...result, requests };
}

const refused = (status, body, headers = {}) =>
  Promise.reject({ status, response: { body, headers } });

describe('RegistrationConfirm', () => {
  it('reads the token of the link', () => {
    expect(tokenOf('?token=abc%2Bdef')).toBe('abc+def');
    expect(tokenOf('')).toBe('');
  });

  it('confirms the address once and offers to log in', async () => {
    const { requests } = await renderConfirm(
      '/en/register/confirm?token=good',
      () =>
        Promise.resolve({
          login: 'aminata@example.sn',
          profile: 'http://localhost:3000/en/companies/saveurs-du-sahel',
        }),
    );

    expect(requests).toEqual([
      {
        op: 'post',
        path: '/@tremplin-registration-confirm',
        data: { token: 'good' },
      },
    ]);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Your account is active');
    expect(heading).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('aminata@example.sn');
    expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute(
      'href',
      '/en/login?return_url=%2Fen%2Fcompanies%2Fsaveurs-du-sahel',
    );
  });

  it('never spends a token twice, even when mounted again', async () => {
    const answer = () =>
      Promise.resolve({ login: 'awa@example.sn', profile: '' });
    const first = await renderConfirm(
      '/en/register/confirm?token=twice',
      answer,
    );
    first.unmount();
    const second = await renderConfirm(
      '/en/register/confirm?token=twice',
      answer,
    );

    expect(first.requests).toHaveLength(1);
    expect(second.requests).toEqual([]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Your account is active',
    );
  });

  it('says why a link cannot be used and offers a new mail', async () => {
    await renderConfirm('/en/register/confirm?token=old', () =>
      refused(400, {
        message: JSON.stringify([
          { field: 'token', message: 'This link has expired.' },
        ]),
      }),
    );

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'This link cannot be used',
    );
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(
      'This link has expired.',
    );
    expect(screen.getByLabelText('Your e-mail address')).toBeVisible();
  });

  it('asks nothing without a token', async () => {
    const { requests } = await renderConfirm('/en/register/confirm', () =>
      Promise.resolve({}),
    );

    expect(requests).toEqual([]);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(
      'The link has no confirmation code',
    );
  });

  it('tells how long to wait when a new mail was asked too soon', async () => {
    const { requests } = await renderConfirm('/en/register/confirm', () =>
      refused(429, {}, { 'retry-after': '120' }),
    );
    fireEvent.change(screen.getByLabelText('Your e-mail address'), {
      target: { value: 'aminata@example.sn' },
    });
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Send the e-mail again' }),
      );
    });

    expect(requests).toEqual([
      {
        op: 'post',
        path: '/@tremplin-registration-resend',
        data: { email: 'aminata@example.sn' },
      },
    ]);
    expect(screen.getAllByRole('status')[1]).toHaveTextContent(
      'An e-mail was sent a moment ago. Wait 2 minutes before asking again.',
    );
  });

  it('asks for the address before sending a new mail', async () => {
    const { requests } = await renderConfirm('/en/register/confirm', () =>
      Promise.resolve({}),
    );
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Send the e-mail again' }),
      );
    });

    expect(requests).toEqual([]);
    const email = screen.getByLabelText('Your e-mail address');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Fill in this field.');
  });
});

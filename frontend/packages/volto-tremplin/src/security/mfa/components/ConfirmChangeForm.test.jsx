import { act, fireEvent, screen } from '@testing-library/react';
import { fakeApi, renderInLanguage } from '../../../testing/intl';
import ConfirmChangeForm from './ConfirmChangeForm';

function renderForm(change, answer, props = {}) {
  const requests = [];
  const onDone = jest.fn();
  const view = renderInLanguage(
    <ConfirmChangeForm change={change} onDone={onDone} {...props} />,
    {
      middlewares: [
        fakeApi(({ request }) => {
          requests.push(request);
          return answer(request);
        }),
      ],
    },
  );
  return { ...view, requests, onDone };
}

const fill = (password, code) => {
  fireEvent.change(screen.getByLabelText('Your password'), {
    target: { value: password },
  });
  fireEvent.change(screen.getByLabelText('Current code (application or SMS)'), {
    target: { value: code },
  });
};
const submit = (name) =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });

describe('ConfirmChangeForm', () => {
  it('needs both the password and a code before asking the server', async () => {
    const { requests } = renderForm('disable', () => Promise.resolve({}));

    await submit('Turn off');

    expect(requests).toEqual([]);
    expect(screen.getByLabelText('Your password')).toHaveAccessibleDescription(
      'Fill in this field.',
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Your password'));
  });

  it('puts the server’s refusal on the field it names', async () => {
    const { onDone } = renderForm('disable', () =>
      Promise.reject({
        status: 400,
        response: {
          body: {
            message: JSON.stringify([
              { field: 'password', message: 'This password is not right.' },
            ]),
          },
        },
      }),
    );

    fill('wrong', '123456');
    await submit('Turn off');

    expect(screen.getByLabelText('Your password')).toHaveAccessibleDescription(
      'This password is not right.',
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  it('says a locked account is locked', async () => {
    renderForm('renew', () =>
      Promise.reject({
        status: 429,
        response: {
          body: { error: { type: 'Locked', message: 'Blocked 15 minutes.' } },
        },
      }),
    );

    fill('pw', '123456');
    await submit('Make new codes');

    expect(screen.getByRole('alert').textContent).toBe('Blocked 15 minutes.');
  });

  it('sends the password and the code, and hands the new codes on', async () => {
    const { requests, onDone } = renderForm('renew', () =>
      Promise.resolve({ recovery_codes: ['a-b'] }),
    );

    fill('Demo-Tremplin-2026', '123 456');
    await submit('Make new codes');

    expect(requests[0]).toEqual({
      op: 'post',
      path: '/@tremplin-mfa/recovery-codes',
      data: { password: 'Demo-Tremplin-2026', code: '123456' },
    });
    expect(onDone).toHaveBeenCalledWith({ recovery_codes: ['a-b'] });
  });

  it('sends the current code by SMS to an SMS-only member', async () => {
    const { requests } = renderForm(
      'disable',
      () => Promise.resolve({ phone: '+221 •••• 42' }),
      { hasSms: true },
    );

    await submit('Send me a code by SMS');

    expect(requests[0].path).toBe('/@tremplin-mfa/sms/send');
    expect(screen.getByRole('status').textContent).toBe(
      'A code was sent by SMS to +221 •••• 42.',
    );
  });
});

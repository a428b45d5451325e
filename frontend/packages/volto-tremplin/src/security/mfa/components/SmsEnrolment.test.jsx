import { act, fireEvent, screen } from '@testing-library/react';
import { fakeApi, renderInLanguage } from '../../../testing/intl';
import SmsEnrolment, { toE164 } from './SmsEnrolment';

function renderSms() {
  const requests = [];
  const onEnabled = jest.fn();
  const view = renderInLanguage(
    <SmsEnrolment onEnabled={onEnabled} onCancel={() => {}} />,
    {
      middlewares: [
        fakeApi(({ request }) => {
          requests.push(request);
          return Promise.resolve(
            request.path.endsWith('/confirm')
              ? { enabled: true, recovery_codes: ['a-b'] }
              : { phone: '+221 •••• 67' },
          );
        }),
      ],
    },
  );
  return { ...view, requests, onEnabled };
}

const press = (name) =>
  act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });

describe('SmsEnrolment', () => {
  it('warns about the risks of SMS before anything else', () => {
    renderSms();

    expect(
      screen.getByText('SMS is less safe than an application'),
    ).toBeTruthy();
    expect(screen.getByText(/takes over your phone number/)).toBeTruthy();
  });

  it('refuses a number without its country code, and sends nothing', async () => {
    const { requests } = renderSms();

    fireEvent.change(screen.getByLabelText('Mobile phone number'), {
      target: { value: '77 123 45 67' },
    });
    await press('Send a code to this number');

    expect(requests).toEqual([]);
    expect(
      screen.getByLabelText('Mobile phone number'),
    ).toHaveAccessibleDescription(/Enter the number with its country code/);
  });

  it('sends a code to the number, then turns SMS on with it', async () => {
    const { requests, onEnabled } = renderSms();

    const phone = screen.getByLabelText('Mobile phone number');
    expect(phone).toHaveAttribute('type', 'tel');
    expect(phone).toHaveAttribute('autocomplete', 'tel');
    fireEvent.change(phone, { target: { value: '+221 77 123 45 67' } });
    await press('Send a code to this number');

    expect(requests[0]).toEqual({
      op: 'post',
      path: '/@tremplin-mfa/sms',
      data: { phone: '+221771234567' },
    });
    const code = screen.getByLabelText('Code received by SMS');
    expect(document.activeElement).toBe(code);
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    fireEvent.change(code, { target: { value: '654321' } });
    await press('Turn on codes by SMS');

    expect(requests[1].data).toEqual({ code: '654321' });
    expect(onEnabled).toHaveBeenCalledWith({
      enabled: true,
      recovery_codes: ['a-b'],
    });
  });

  it('writes numbers as E.164', () => {
    expect(toE164('+33 (0)6-12.34.56.78')).toBe('+33612345678');
  });
});

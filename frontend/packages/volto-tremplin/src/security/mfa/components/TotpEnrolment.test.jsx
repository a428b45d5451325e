import { act, fireEvent, screen } from '@testing-library/react';
import { fakeApi, renderInLanguage } from '../../../testing/intl';
import TotpEnrolment, { groupKey } from './TotpEnrolment';

const SETUP = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  otpauth_uri: 'otpauth://totp/Tremplin:fatou?secret=JBSW&issuer=Tremplin',
  qr_svg: 'data:image/svg+xml;base64,PHN2Zy8+',
};

async function renderEnrolment(confirm) {
  const requests = [];
  const onEnabled = jest.fn();
  const view = renderInLanguage(
    <TotpEnrolment onEnabled={onEnabled} onCancel={() => {}} />,
    {
      middlewares: [
        fakeApi(({ request }) => {
          requests.push(request);
          return request.path.endsWith('/confirm')
            ? confirm(request.data)
            : Promise.resolve(SETUP);
        }),
      ],
    },
  );
  await act(async () => {});
  return { ...view, requests, onEnabled };
}

describe('TotpEnrolment', () => {
  it('shows the QR code with a text alternative and the key in text', async () => {
    await renderEnrolment();

    expect(screen.getByRole('img').getAttribute('alt')).toMatch(
      /QR code that adds your Tremplin account/,
    );
    expect(screen.getByRole('img').getAttribute('src')).toBe(SETUP.qr_svg);
    expect(screen.getByText(groupKey(SETUP.secret))).toBeTruthy();
    expect(groupKey(SETUP.secret)).toBe(
      'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
    );
  });

  it('refuses a wrong code with the server’s message on the field', async () => {
    const { onEnabled } = await renderEnrolment(() =>
      Promise.reject({
        status: 400,
        response: {
          body: {
            message: JSON.stringify([
              { field: 'code', message: 'This code is not valid.' },
            ]),
          },
        },
      }),
    );

    fireEvent.change(screen.getByLabelText('Code from the application'), {
      target: { value: '000000' },
    });
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Turn on two-step verification' }),
      );
    });

    const code = screen.getByLabelText('Code from the application');
    expect(code).toHaveAccessibleDescription(/This code is not valid\./);
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(code);
    expect(onEnabled).not.toHaveBeenCalled();
  });

  it('confirms with the first code and hands the recovery codes on', async () => {
    const { requests, onEnabled } = await renderEnrolment(() =>
      Promise.resolve({ enabled: true, recovery_codes: ['a-b'] }),
    );

    const code = screen.getByLabelText('Code from the application');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    fireEvent.change(code, { target: { value: '123 456' } });
    await act(async () => {
      fireEvent.submit(code.closest('form'));
    });

    expect(requests[1]).toEqual({
      op: 'post',
      path: '/@tremplin-mfa/totp/confirm',
      data: { code: '123456' },
    });
    expect(onEnabled).toHaveBeenCalledWith({
      enabled: true,
      recovery_codes: ['a-b'],
    });
  });
});

import { errorTypeOf, mfaEnrolment, mfaStatus } from './reducers';

const refused = (status, body) => ({ status, response: { body } });

describe('mfaEnrolment', () => {
  const initial = mfaEnrolment(undefined, {});

  it('starts without any wall', () => {
    expect(initial).toEqual({ required: false, reauthenticate: false });
  });

  it('raises the wall when the login says enrolment is due', () => {
    expect(
      mfaEnrolment(initial, {
        type: 'TREMPLIN_LOGIN_WITH_PASSWORD_SUCCESS',
        result: { token: 't', mfa_enrolment_required: true },
      }),
    ).toEqual({ required: true, reauthenticate: false });
    expect(
      mfaEnrolment(initial, {
        type: 'TREMPLIN_LOGIN_WITH_PASSWORD_SUCCESS',
        result: { mfa_required: true, challenge: 'c' },
      }),
    ).toEqual(initial);
  });

  it('raises it when any request is refused with 403 MFAEnrolmentRequired', () => {
    const walled = mfaEnrolment(initial, {
      type: 'GET_TREMPLIN_REVIEW_QUEUE_FAIL',
      error: refused(403, { type: 'MFAEnrolmentRequired', message: '…' }),
    });
    expect(walled.required).toBe(true);
    // Another refusal type changes nothing.
    expect(
      mfaEnrolment(initial, {
        type: 'GET_CONTENT_FAIL',
        error: refused(403, { type: 'Forbidden' }),
      }),
    ).toBe(initial);
  });

  it('asks for a new login on 401 MFARequired', () => {
    expect(
      mfaEnrolment(initial, {
        type: 'GET_CONTENT_FAIL',
        error: refused(401, { type: 'MFARequired' }),
      }),
    ).toEqual({ required: false, reauthenticate: true });
  });

  it.each([
    'TREMPLIN_CONFIRM_TOTP_SUCCESS',
    'TREMPLIN_CONFIRM_SMS_SUCCESS',
    'TREMPLIN_LOGIN_WITH_CODE_SUCCESS',
    'LOGOUT_SUCCESS',
  ])('drops the wall on %s', (type) => {
    expect(
      mfaEnrolment({ required: true, reauthenticate: true }, { type }),
    ).toEqual(initial);
  });

  it('follows the status the settings page reads', () => {
    const status = (result) =>
      mfaEnrolment(initial, {
        type: 'TREMPLIN_GET_MFA_STATUS_SUCCESS',
        result,
      });
    expect(status({ required: true, enabled: false }).required).toBe(true);
    expect(status({ required: true, enabled: true }).required).toBe(false);
    expect(status({ required: false, enabled: false })).toBe(initial);
  });
});

describe('mfaStatus', () => {
  it('keeps the last status read, forgets it on logout', () => {
    const loading = mfaStatus(undefined, {
      type: 'TREMPLIN_GET_MFA_STATUS_PENDING',
    });
    expect(loading.loading).toBe(true);
    const data = { enabled: true, methods: ['totp'] };
    const loaded = mfaStatus(loading, {
      type: 'TREMPLIN_GET_MFA_STATUS_SUCCESS',
      result: data,
    });
    expect(loaded).toEqual({ data, loading: false, loaded: true, error: null });
    expect(mfaStatus(loaded, { type: 'LOGOUT_SUCCESS' }).data).toBeNull();
  });
});

describe('errorTypeOf', () => {
  it('finds the type on top or under "error"', () => {
    expect(errorTypeOf(refused(403, { type: 'A' }))).toBe('A');
    expect(errorTypeOf(refused(401, { error: { type: 'B' } }))).toBe('B');
    expect(errorTypeOf(undefined)).toBeNull();
  });
});

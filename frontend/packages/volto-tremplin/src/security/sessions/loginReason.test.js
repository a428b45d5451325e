import {
  isSessionExpired,
  sessionEndReason,
  sessionEndUrl,
} from './loginReason';

describe('sessionEndUrl', () => {
  it('says idle, for how long, and where the member was', () => {
    expect(
      sessionEndUrl('fr', 'idle', {
        minutes: 30,
        returnUrl: '/fr/entreprises/akwaba?tab=2',
      }),
    ).toBe(
      '/fr/login?reason=idle&minutes=30&return_url=%2Ffr%2Fentreprises%2Fakwaba%3Ftab%3D2',
    );
  });

  it('says expired, without a duration', () => {
    expect(
      sessionEndUrl('en', 'expired', { minutes: 30, returnUrl: '/en' }),
    ).toBe('/en/login?reason=expired&return_url=%2Fen');
  });

  it('never returns to a login page nor off the site', () => {
    for (const returnUrl of [
      '/fr/login',
      '/logout/',
      '//evil.example/x',
      'https://evil.example/',
      '',
      undefined,
    ]) {
      expect(sessionEndUrl('fr', 'expired', { returnUrl })).toBe(
        '/fr/login?reason=expired',
      );
    }
  });

  it('falls back to French', () => {
    expect(sessionEndUrl(undefined, 'expired')).toBe(
      '/fr/login?reason=expired',
    );
  });
});

describe('sessionEndReason', () => {
  it('reads what sessionEndUrl wrote', () => {
    const url = sessionEndUrl('fr', 'idle', { minutes: 2, returnUrl: '/fr' });
    expect(sessionEndReason(url.split('?')[1])).toEqual({
      reason: 'idle',
      minutes: 2,
    });
    expect(sessionEndReason('?reason=expired')).toEqual({ reason: 'expired' });
  });

  it('ignores what it does not know', () => {
    expect(sessionEndReason('')).toBeNull();
    expect(sessionEndReason('?reason=<script>')).toBeNull();
    expect(sessionEndReason('?reason=idle&minutes=-3')).toEqual({
      reason: 'idle',
      minutes: null,
    });
    expect(sessionEndReason('?reason=idle&minutes=abc')).toEqual({
      reason: 'idle',
      minutes: null,
    });
  });
});

describe('isSessionExpired', () => {
  it('knows the 401 SessionExpired, whatever the shape of the body', () => {
    expect(
      isSessionExpired({
        status: 401,
        response: { body: { type: 'SessionExpired' } },
      }),
    ).toBe(true);
    expect(
      isSessionExpired({
        status: 401,
        response: { body: { error: { type: 'SessionExpired' } } },
      }),
    ).toBe(true);
  });

  it('leaves other errors alone', () => {
    expect(
      isSessionExpired({
        status: 401,
        response: { body: { type: 'Unauthorized' } },
      }),
    ).toBe(false);
    expect(
      isSessionExpired({
        status: 403,
        response: { body: { type: 'SessionExpired' } },
      }),
    ).toBe(false);
    expect(isSessionExpired({ status: 401 })).toBe(false);
    expect(isSessionExpired(undefined)).toBe(false);
  });
});

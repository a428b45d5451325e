import {
  codeFailureOf,
  languageOf,
  normalizeCode,
  passwordFailureOf,
  returnUrlOf,
  safePath,
} from './login';

const failure = (status, body = {}, headers = {}) => ({
  status,
  response: { body, headers },
});

describe('passwordFailureOf', () => {
  it('reads a lockout and its wait, from the body or Retry-After', () => {
    expect(
      passwordFailureOf(
        failure(429, { error: { type: 'Locked' }, retry_after: 840 }),
      ),
    ).toEqual({ kind: 'locked', retryAfter: 840 });
    expect(
      passwordFailureOf(failure(429, {}, { 'retry-after': '60' })),
    ).toEqual({ kind: 'locked', retryAfter: 60 });
    expect(passwordFailureOf(failure(429))).toEqual({
      kind: 'locked',
      retryAfter: null,
    });
  });

  it('reads wrong credentials and whether the captcha comes next', () => {
    expect(
      passwordFailureOf(
        failure(401, {
          error: { type: 'Invalid credentials' },
          captcha_required: true,
        }),
      ),
    ).toEqual({ kind: 'invalid', captchaRequired: true });
    expect(passwordFailureOf(failure(401))).toEqual({
      kind: 'invalid',
      captchaRequired: false,
    });
  });

  it('reads field errors of a 400, anything else is "unavailable"', () => {
    const message = JSON.stringify([
      { field: 'captcha', message: 'Solve the check' },
    ]);
    expect(passwordFailureOf(failure(400, { message }))).toEqual({
      kind: 'fields',
      errors: { captcha: 'Solve the check' },
    });
    expect(passwordFailureOf(failure(500))).toEqual({ kind: 'unavailable' });
    expect(passwordFailureOf(new Error('offline'))).toEqual({
      kind: 'unavailable',
    });
  });
});

describe('codeFailureOf', () => {
  const fields = (items) => failure(400, { message: JSON.stringify(items) });

  it('tells a wrong code from a dead challenge', () => {
    expect(
      codeFailureOf(fields([{ field: 'code', message: '4 tries left' }])),
    ).toEqual({ kind: 'code', message: '4 tries left' });
    expect(
      codeFailureOf(fields([{ field: 'challenge', message: 'Expired' }])),
    ).toEqual({ kind: 'challenge', message: 'Expired' });
    expect(
      codeFailureOf(
        failure(429, { error: { type: 'Locked' }, retry_after: 60 }),
      ),
    ).toEqual({ kind: 'locked', retryAfter: 60 });
    expect(
      codeFailureOf(
        failure(429, { type: 'TooManyRequests', message: 'Wait 30 s.' }),
      ),
    ).toEqual({ kind: 'unavailable', message: 'Wait 30 s.' });
    expect(codeFailureOf(failure(502))).toEqual({
      kind: 'unavailable',
      message: null,
    });
  });
});

describe('safePath and returnUrlOf', () => {
  it.each([
    ['/fr/moderation', '/fr/moderation'],
    ['/fr/entreprises/x?tab=2', '/fr/entreprises/x?tab=2'],
    ['//evil.example/', null],
    ['/\\evil.example/', null],
    ['https://evil.example/', null],
    // A script URL, built so that the linter does not take it for one.
    [['javascript', 'alert(1)'].join(':'), null],
    ['/fr/login', null],
    ['/logout', null],
    ['/fr\r\nSet-Cookie: x', null],
    [undefined, null],
  ])('%s → %s', (value, expected) => {
    expect(safePath(value)).toBe(expected);
  });

  it('goes back to return_url, else to the page above /login, else home', () => {
    expect(
      returnUrlOf({
        pathname: '/fr/login',
        search: '?return_url=%2Ffr%2Fmoderation',
      }),
    ).toBe('/fr/moderation');
    expect(returnUrlOf({ pathname: '/fr/login', search: '' })).toBe('/fr');
    expect(
      returnUrlOf({ pathname: '/login', search: '?return_url=//evil.example' }),
    ).toBe('/');
  });
});

describe('languageOf and normalizeCode', () => {
  it('takes the language from the path, else the interface', () => {
    expect(languageOf('/en/login', 'fr')).toBe('en');
    expect(languageOf('/login', 'en')).toBe('en');
    expect(languageOf('/login', 'de')).toBe('fr');
  });

  it('drops the spaces people type in codes', () => {
    expect(normalizeCode(' 123 456 ')).toBe('123456');
    expect(normalizeCode(undefined)).toBe('');
  });
});

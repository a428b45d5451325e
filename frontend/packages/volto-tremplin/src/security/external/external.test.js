import { JOURNEY_KEY } from './constants';
import {
  JOURNEY_MAX_AGE_MS,
  externalFailureOf,
  externalOutcomeOf,
  isWebAddress,
  providerRefusalOf,
  rememberJourney,
  takeJourney,
} from './external';

/** A Storage with what sessionStorage offers. */
function memoryStore() {
  const items = new Map();
  return {
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key),
    items,
  };
}

const JOURNEY = {
  provider: 'oif',
  title: 'Annuaire OIF',
  purpose: 'login',
  session: 'signed-state',
  returnUrl: '/fr/moderation',
};

const refused = (status, body = {}) => ({ status, response: { body } });

describe('the journey to the provider', () => {
  it('is taken back once, for the provider it went to', () => {
    const store = memoryStore();
    rememberJourney(store, JOURNEY, 1000);

    expect(takeJourney(store, 'oif', 2000)).toEqual(JOURNEY);
    expect(takeJourney(store, 'oif', 2000)).toBeNull();
  });

  it('is dropped for another provider, when too old, or when damaged', () => {
    const store = memoryStore();
    rememberJourney(store, JOURNEY, 0);
    expect(takeJourney(store, 'google', 1)).toBeNull();
    expect(store.items.size).toBe(0);

    rememberJourney(store, JOURNEY, 0);
    expect(takeJourney(store, 'oif', JOURNEY_MAX_AGE_MS)).toBeNull();

    store.setItem(JOURNEY_KEY, '{not json');
    expect(takeJourney(store, 'oif')).toBeNull();
    rememberJourney(store, { ...JOURNEY, purpose: 'anything' });
    expect(takeJourney(store, 'oif')).toBeNull();
  });

  it('never brings her back to another site', () => {
    const store = memoryStore();
    rememberJourney(store, { ...JOURNEY, returnUrl: '//evil.test/x' }, 0);

    expect(takeJourney(store, 'oif', 1).returnUrl).toBe('/');
  });

  it('works without a store (server side)', () => {
    expect(() => rememberJourney(null, JOURNEY)).not.toThrow();
    expect(takeJourney(null, 'oif')).toBeNull();
  });
});

describe('the answers', () => {
  it('opens only web addresses of the provider', () => {
    expect(isWebAddress('http://127.0.0.1:55096/authorize?x=1')).toBe(true);
    expect(isWebAddress('https://login.microsoftonline.com/')).toBe(true);
    // eslint-disable-next-line no-script-url -- the attack under test
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress('/relative')).toBe(false);
    expect(isWebAddress(undefined)).toBe(false);
  });

  it('reads a refusal the provider sent back', () => {
    expect(providerRefusalOf('?code=abc&state=s')).toBeNull();
    expect(providerRefusalOf('?error=access_denied&state=s')).toBe('cancelled');
    expect(providerRefusalOf('?error=server_error')).toBe('failed');
  });

  it('tells a session, a challenge and a link apart', () => {
    expect(
      externalOutcomeOf({
        mfa_required: true,
        challenge: 'c',
        methods: ['totp'],
      }),
    ).toEqual({ kind: 'code' });
    expect(
      externalOutcomeOf({ linked: { provider: 'oif', title: 'OIF' } }),
    ).toEqual({ kind: 'linked' });
    expect(externalOutcomeOf({ token: 't', new_account: true })).toEqual({
      kind: 'signedIn',
      newAccount: true,
      enrolmentRequired: false,
    });
    expect(
      externalOutcomeOf({ token: 't', mfa_enrolment_required: true }),
    ).toEqual({ kind: 'signedIn', newAccount: false, enrolmentRequired: true });
    expect(externalOutcomeOf({})).toEqual({ kind: 'unavailable' });
  });

  it.each([
    [refused(409, { error: { type: 'AccountExists' } }), 'accountExists'],
    [refused(409, { error: { type: 'IdentityInUse' } }), 'identityInUse'],
    [refused(401, { error: { type: 'ExternalLoginFailed' } }), 'failed'],
    [refused(404), 'unknownProvider'],
    [refused(429, { error: { type: 'Locked' } }), 'locked'],
    [refused(500), 'unavailable'],
    [{}, 'unavailable'],
  ])('reads a refusal of the server (%#)', (error, kind) => {
    expect(externalFailureOf(error)).toBe(kind);
  });
});

import { isMfaPage, isSessionPage, loginPathFor, mfaPagePath } from './mfa';

describe('paths of two-step verification', () => {
  it('knows the settings page and the session pages', () => {
    expect(isMfaPage('/fr/security/mfa')).toBe(true);
    expect(isMfaPage('/en/security/mfa/')).toBe(true);
    expect(isMfaPage('/fr/moderation')).toBe(false);
    expect(isSessionPage('/fr/login')).toBe(true);
    expect(isSessionPage('/logout')).toBe(true);
    expect(isSessionPage('/fr/loginx')).toBe(false);
  });

  it('builds the page and login links with where to come back', () => {
    expect(mfaPagePath('fr')).toBe('/fr/security/mfa');
    expect(mfaPagePath('en', '/en/moderation?x=1')).toBe(
      '/en/security/mfa?return_url=%2Fen%2Fmoderation%3Fx%3D1',
    );
    expect(loginPathFor('/en/moderation', '?x=1', 'fr')).toBe(
      '/en/login?reason=mfa&return_url=%2Fen%2Fmoderation%3Fx%3D1',
    );
  });
});

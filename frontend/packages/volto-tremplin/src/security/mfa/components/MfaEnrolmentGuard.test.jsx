import { screen } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { fakeApi, renderInLanguage } from '../../../testing/intl';
import MfaEnrolmentGuard from './MfaEnrolmentGuard';

const WhereAmI = () => (
  <Route
    render={({ location }) => (
      <div data-testid="location">{`${location.pathname}${location.search}`}</div>
    )}
  />
);

function renderGuard(path, { token = 'a-token', ...wall } = {}) {
  return renderInLanguage(
    <>
      <MfaEnrolmentGuard />
      <WhereAmI />
    </>,
    {
      path,
      language: 'fr',
      state: {
        userSession: { token },
        mfaEnrolment: { required: false, reauthenticate: false, ...wall },
      },
      middlewares: [fakeApi(() => Promise.resolve({}))],
    },
  );
}

const locationShown = () => screen.getByTestId('location').textContent;

describe('MfaEnrolmentGuard', () => {
  it('sends a user who must enrol to the settings page, and back after', () => {
    renderGuard('/fr/moderation?tab=1', { required: true });

    expect(locationShown()).toBe(
      '/fr/security/mfa?return_url=%2Ffr%2Fmoderation%3Ftab%3D1',
    );
  });

  it('leaves the settings page, the login and the logout alone', () => {
    for (const path of ['/fr/security/mfa', '/fr/login', '/logout']) {
      const { unmount } = renderGuard(path, {
        required: true,
        reauthenticate: true,
      });
      expect(locationShown()).toBe(path);
      unmount();
    }
  });

  it('does nothing for visitors and for users without a wall', () => {
    renderGuard('/fr/moderation', { token: null, required: true });
    expect(locationShown()).toBe('/fr/moderation');
  });

  it('ends a session without the second factor and asks for a new login', () => {
    const { store } = renderGuard('/en/moderation', { reauthenticate: true });

    expect(store.getActions().map(({ type }) => type)).toContain('LOGOUT');
    expect(locationShown()).toBe(
      '/en/login?reason=mfa&return_url=%2Fen%2Fmoderation',
    );
  });
});

import { Route, Switch, useLocation } from 'react-router-dom';
import { screen } from '@testing-library/react';
import { renderInLanguage } from '../../../testing/intl';
import { RECOVERY_ROUTES } from '../index';

const Where = () => <p>{useLocation().pathname}</p>;

/** The recovery routes, with a catch-all that says where we landed. */
const Routes = () => (
  <Switch>
    {RECOVERY_ROUTES.filter(({ path }) =>
      [path]
        .flat()
        .some(
          (item) =>
            item.includes('passwordreset') || item === '/password-reset',
        ),
    ).map((route) => (
      <Route key={[route.path].flat()[0]} {...route} />
    ))}
    <Route component={Where} />
  </Switch>
);

describe('LegacyResetRedirect', () => {
  it.each([
    ['/passwordreset', 'fr', '/fr/password-reset'],
    ['/passwordreset/0123456789abcdef', 'en', '/en/password-reset'],
    ['/en/passwordreset', 'fr', '/en/password-reset'],
    ['/fr/passwordreset/0123456789abcdef', 'en', '/fr/password-reset'],
    ['/password-reset', 'en', '/en/password-reset'],
  ])('%s (interface in %s) leads to %s', (path, language, target) => {
    renderInLanguage(<Routes />, { path, language });
    expect(screen.getByText(target)).toBeInTheDocument();
  });
});

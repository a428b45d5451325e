/**
 * Where the password form offers the external accounts: the buttons, their
 * texts and styles load only once the site is known to have a provider
 * (LoginPage asks), so the login form stays as light as before for sites
 * without one.
 */
import loadable from '@loadable/component';
import { useSelector } from 'react-redux';

const ExternalLoginButtons = loadable(() => import('./ExternalLoginButtons'));

const ExternalLoginSlot = () => {
  const hasProviders = useSelector(
    (state) => (state.externalLoginOptions?.providers?.length ?? 0) > 0,
  );
  return hasProviders ? <ExternalLoginButtons /> : null;
};

export default ExternalLoginSlot;

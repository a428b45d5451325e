/**
 * "Continue with …" under the password form, one button per provider the
 * site administrator configured (GET @login, plugin `authomatic`); nothing
 * at all when there is none. The login page asks for them (LoginPage):
 * the same form inside other pages adds no request of its own.
 */
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useSelector } from 'react-redux';
import { useLocation } from 'react-router-dom';
import { returnUrlOf } from '../../login/login';
import { PURPOSE_LOGIN } from '../constants';
import messages from '../messages';
import { useExternalStart } from './useExternalStart';
import './External.scss';

const ExternalLoginButtons = ({ returnUrl: givenReturnUrl, leave }) => {
  const intl = useIntl();
  const location = useLocation();
  const options = useSelector((state) => state.externalLoginOptions);
  const { pending, failed, start } = useExternalStart(leave);

  const providers = options?.providers ?? [];
  if (providers.length === 0) {
    return null;
  }
  const returnUrl = givenReturnUrl ?? returnUrlOf(location);
  return (
    <div className="external-login">
      <p id="external-login-label" className="external-login-label">
        {intl.formatMessage(messages.loginOptions)}
      </p>
      <ul className="external-providers" aria-labelledby="external-login-label">
        {providers.map((provider) => (
          <li key={provider.id}>
            <button
              type="button"
              className={`ui button basic external-provider${
                pending?.id === provider.id ? ' loading' : ''
              }`}
              aria-disabled={pending ? true : undefined}
              onClick={() => start(provider, PURPOSE_LOGIN, returnUrl)}
            >
              {intl.formatMessage(messages.loginWith, {
                provider: provider.title,
              })}
            </button>
          </li>
        ))}
      </ul>
      {failed && (
        <p className="security-problem" role="alert">
          {intl.formatMessage(messages.startFailed, {
            provider: failed.title,
          })}
        </p>
      )}
      <p className="security-live" role="status" aria-live="polite">
        {pending
          ? intl.formatMessage(messages.redirecting, {
              provider: pending.title,
            })
          : ''}
      </p>
    </div>
  );
};

ExternalLoginButtons.propTypes = {
  /** Where to go once signed in (else from the router's location). */
  returnUrl: PropTypes.string,
  /** Leaves the page for the provider (tests replace it). */
  leave: PropTypes.func,
};

export default ExternalLoginButtons;

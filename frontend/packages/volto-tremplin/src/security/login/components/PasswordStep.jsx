/**
 * The first step of the login: login and password, the CAPTCHA once the
 * server asks for it, the ways out (forgotten password, registration) and
 * the external accounts one may log in with (security/external).
 */
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import config from '@plone/volto/registry';
import Captcha from '../../captcha/Captcha';
import ExternalLoginSlot from '../../external/components/ExternalLoginSlot';
import messages from '../messages';
import Field from './Field';

export const PROBLEM_ID = 'login-problem';

const PasswordStep = ({
  values,
  errors,
  problem,
  problemIsCredentials,
  captchaRequired,
  isSending,
  language,
  onChange,
  onCaptcha,
  onSubmit,
  captchaRound,
}) => {
  const intl = useIntl();
  // A wrong login or password is a problem of both fields.
  const credentialsProblem = problemIsCredentials ? [PROBLEM_ID] : [];
  return (
    <form
      className="security-form login-form"
      method="post"
      noValidate
      onSubmit={onSubmit}
    >
      <Field
        id="login-name"
        name="login"
        label={intl.formatMessage(messages.login)}
        value={values.login}
        onChange={onChange}
        error={errors.login}
        describedByIds={credentialsProblem}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
      />
      <Field
        id="login-password"
        name="password"
        type="password"
        label={intl.formatMessage(messages.password)}
        value={values.password}
        onChange={onChange}
        error={errors.password}
        describedByIds={credentialsProblem}
        autoComplete="current-password"
        required
      />
      {captchaRequired && (
        <div className="security-field login-captcha">
          <p className="security-help">
            {intl.formatMessage(messages.captchaNeeded)}
          </p>
          <Captcha
            id="login-captcha"
            onChange={onCaptcha}
            error={errors.captcha}
            resetKey={captchaRound}
          />
        </div>
      )}
      {problem && (
        <p id={PROBLEM_ID} className="security-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="security-actions">
        <button
          type="submit"
          className="ui button primary"
          aria-disabled={isSending || undefined}
        >
          {intl.formatMessage(messages.submit)}
        </button>
      </div>
      <ul className="security-links">
        <li>
          <Link to={`/${language}/password-reset`}>
            {intl.formatMessage(messages.forgotPassword)}
          </Link>
        </li>
        {config.settings.showSelfRegistration && (
          <li>
            <Link to={`/${language}/register`}>
              {intl.formatMessage(messages.register)}
            </Link>
          </li>
        )}
      </ul>
      <ExternalLoginSlot />
    </form>
  );
};

PasswordStep.propTypes = {
  values: PropTypes.shape({
    login: PropTypes.string.isRequired,
    password: PropTypes.string.isRequired,
  }).isRequired,
  errors: PropTypes.object.isRequired,
  problem: PropTypes.string,
  problemIsCredentials: PropTypes.bool,
  captchaRequired: PropTypes.bool,
  isSending: PropTypes.bool,
  language: PropTypes.string.isRequired,
  onChange: PropTypes.func.isRequired,
  onCaptcha: PropTypes.func.isRequired,
  onSubmit: PropTypes.func.isRequired,
  captchaRound: PropTypes.number,
};

export default PasswordStep;

/**
 * The second step of the login: a code from the authenticator application,
 * a code received by SMS, or a recovery code. The input changes with the
 * method: digits only (numeric keypad, the browser may fill an SMS code in)
 * for the first two, free text for recovery codes.
 */
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import messages from '../messages';
import Field from './Field';

export const CODE_MODES = {
  totp: {
    label: messages.codeTotp,
    intro: messages.codeIntroTotp,
    help: messages.codeHelpDigits,
    digits: true,
  },
  sms: {
    label: messages.codeSms,
    intro: messages.codeIntroSms,
    help: messages.codeHelpDigits,
    digits: true,
  },
  recovery: {
    label: messages.codeRecovery,
    intro: messages.codeIntroRecovery,
    help: messages.codeHelpRecovery,
    digits: false,
  },
};

const CodeStep = ({
  mode,
  methods,
  code,
  error,
  expires,
  isSending,
  smsSent,
  onChange,
  onSubmit,
  onMode,
  onSendSms,
  onStartAgain,
  headingLevel,
}) => {
  const intl = useIntl();
  const Subheading = `h${Math.min(headingLevel + 1, 6)}`;
  const { label, intro, help, digits } = CODE_MODES[mode];
  const hasTotp = methods.includes('totp');
  const hasSms = methods.includes('sms');
  return (
    <>
      <p className="security-intro">{intl.formatMessage(intro)}</p>
      {expires && (
        <p className="security-help">
          {intl.formatMessage(messages.codeExpires, {
            time: intl.formatTime(expires, { timeStyle: 'short' }),
          })}
        </p>
      )}
      {mode === 'sms' && (
        <div className="security-actions">
          <button
            type="button"
            className="ui button"
            onClick={onSendSms}
            aria-disabled={isSending || undefined}
          >
            {intl.formatMessage(
              smsSent ? messages.sendSmsAgain : messages.sendSms,
            )}
          </button>
        </div>
      )}
      <form
        className="security-form login-code-form"
        method="post"
        noValidate
        onSubmit={onSubmit}
      >
        <Field
          key={mode}
          id="login-code"
          name="code"
          label={intl.formatMessage(label)}
          help={intl.formatMessage(help)}
          value={code}
          onChange={onChange}
          error={error}
          autoComplete={digits ? 'one-time-code' : 'off'}
          inputMode={digits ? 'numeric' : 'text'}
          autoCapitalize="none"
          spellCheck={false}
          required
        />
        <div className="security-actions">
          <button
            type="submit"
            className="ui button primary"
            aria-disabled={isSending || undefined}
          >
            {intl.formatMessage(messages.verify)}
          </button>
        </div>
      </form>
      <section className="security-alternatives" aria-labelledby="login-other">
        <Subheading id="login-other">
          {intl.formatMessage(messages.otherMethods)}
        </Subheading>
        <ul>
          {mode !== 'recovery' && (
            <li>
              <button
                type="button"
                className="security-link-button"
                onClick={() => onMode('recovery')}
              >
                {intl.formatMessage(messages.useRecovery)}
              </button>
            </li>
          )}
          {mode !== 'totp' && hasTotp && (
            <li>
              <button
                type="button"
                className="security-link-button"
                onClick={() => onMode('totp')}
              >
                {intl.formatMessage(messages.useTotp)}
              </button>
            </li>
          )}
          {mode !== 'sms' && hasSms && (
            <li>
              <button
                type="button"
                className="security-link-button"
                onClick={() => onMode('sms')}
              >
                {intl.formatMessage(messages.sendSms)}
              </button>
            </li>
          )}
          <li>
            <button
              type="button"
              className="security-link-button"
              onClick={onStartAgain}
            >
              {intl.formatMessage(messages.startAgain)}
            </button>
          </li>
        </ul>
        <p className="security-help">
          {intl.formatMessage(messages.lostEverything)}
        </p>
      </section>
    </>
  );
};

CodeStep.propTypes = {
  mode: PropTypes.oneOf(Object.keys(CODE_MODES)).isRequired,
  methods: PropTypes.arrayOf(PropTypes.string).isRequired,
  code: PropTypes.string.isRequired,
  error: PropTypes.string,
  expires: PropTypes.string,
  isSending: PropTypes.bool,
  smsSent: PropTypes.bool,
  onChange: PropTypes.func.isRequired,
  onSubmit: PropTypes.func.isRequired,
  onMode: PropTypes.func.isRequired,
  onSendSms: PropTypes.func.isRequired,
  onStartAgain: PropTypes.func.isRequired,
  headingLevel: PropTypes.number.isRequired,
};

export default CodeStep;

import { useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useDispatch } from 'react-redux';
import { resendRegistration } from '../actions';
import messages from '../messages';
import { fieldErrorsFrom, retryAfterSeconds, waitParts } from '../registration';

const UNIT_MESSAGES = {
  seconds: messages.waitSeconds,
  minutes: messages.waitMinutes,
};

/**
 * Asks for a new confirmation mail (POST @tremplin-registration-resend).
 * With `email`, a single button for that address; without, the visitor
 * types it. The backend answers alike for unknown addresses, and 429 with
 * the wait when asked too soon: both are said in the status line.
 */
const ResendForm = ({ email: knownEmail }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const [email, setEmail] = useState(knownEmail || '');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [isSending, setSending] = useState(false);

  const onSubmit = (event) => {
    event.preventDefault();
    if (isSending) {
      return;
    }
    if (!email.trim()) {
      setError(intl.formatMessage(messages.errorRequired));
      return;
    }
    setError('');
    setSending(true);
    setStatus('');
    dispatch(resendRegistration(email.trim()))
      .then(() => setStatus(intl.formatMessage(messages.resent)))
      .catch((failure) => {
        if (failure?.status === 429) {
          const seconds = retryAfterSeconds(failure);
          const wait = seconds && waitParts(seconds);
          setStatus(
            wait
              ? intl.formatMessage(messages.resendTooSoon, {
                  wait: intl.formatMessage(UNIT_MESSAGES[wait.unit], {
                    count: wait.count,
                  }),
                })
              : intl.formatMessage(messages.resendTooSoonNoDelay),
          );
        } else if (failure?.status === 400 && !knownEmail) {
          setError(Object.values(fieldErrorsFrom(failure))[0]);
        } else {
          setStatus(intl.formatMessage(messages.serverError));
        }
      })
      .finally(() => setSending(false));
  };

  return (
    <form className="registration-resend" noValidate onSubmit={onSubmit}>
      {!knownEmail && (
        <div className="registration-field">
          <label htmlFor="registration-resend-email">
            {intl.formatMessage(messages.resendEmail)}
          </label>
          <input
            id="registration-resend-email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={
              error ? 'registration-resend-email-error' : undefined
            }
          />
          {error && (
            <p
              id="registration-resend-email-error"
              className="registration-error"
            >
              {error}
            </p>
          )}
        </div>
      )}
      <button
        type="submit"
        className="ui button primary"
        aria-disabled={isSending || undefined}
      >
        {intl.formatMessage(messages.resend)}
      </button>
      <p className="registration-status" role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
};

ResendForm.propTypes = { email: PropTypes.string };

export default ResendForm;

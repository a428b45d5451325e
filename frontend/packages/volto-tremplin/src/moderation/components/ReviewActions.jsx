import { useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useDispatch } from 'react-redux';
import { useIntl } from 'react-intl';
import { reviewProfile } from '../actions';
import messages from '../messages';
import { actionsFor, fieldErrorsFrom, needsMessage } from '../review';
import ConfirmDialog from './ConfirmDialog';

const CONFIRM_QUESTIONS = {
  verify: messages.confirmVerify,
  reject: messages.confirmReject,
  request_documents: messages.confirmRequest,
};

const MESSAGE_LABELS = {
  reject: messages.rejectMessage,
  request_documents: messages.requestMessage,
};

/**
 * The moderator's decision on one profile: start the review, then verify,
 * reject or request documents (the last two with a message to the
 * applicant), each confirmed in a dialog. Server errors are shown next to
 * the field they name.
 */
const ReviewActions = ({ profile, onDone }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const [formAction, setFormAction] = useState(null);
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(null);
  const [isBusy, setIsBusy] = useState(false);
  const [errors, setErrors] = useState({});
  const triggers = useRef({});
  const textarea = useRef(null);
  const baseId = `review-${profile['@id'].split('/').pop()}`;
  const actions = actionsFor(profile.review_state);
  const title = profile.title;

  const run = (action) => {
    setIsBusy(true);
    setErrors({});
    return dispatch(
      reviewProfile(
        profile['@id'],
        action,
        needsMessage(action) ? message : '',
      ),
    )
      .then((result) => {
        setIsBusy(false);
        setConfirming(null);
        setFormAction(null);
        setMessage('');
        onDone(action, result);
      })
      .catch((error) => {
        setIsBusy(false);
        setConfirming(null);
        const fieldErrors = fieldErrorsFrom(error);
        setErrors(fieldErrors);
        if (fieldErrors.message && textarea.current) {
          textarea.current.focus();
        } else {
          triggers.current[action]?.focus();
        }
      });
  };

  const choose = (action) => {
    setErrors({});
    if (needsMessage(action)) {
      setFormAction(action);
      setMessage('');
      return;
    }
    if (CONFIRM_QUESTIONS[action]) {
      setConfirming(action);
      return;
    }
    run(action);
  };

  const submitMessage = (event) => {
    event.preventDefault();
    if (!message.trim()) {
      setErrors({ message: intl.formatMessage(messages.messageRequired) });
      textarea.current?.focus();
      return;
    }
    setConfirming(formAction);
  };

  const cancelConfirm = () => {
    const action = confirming;
    setConfirming(null);
    (needsMessage(action)
      ? textarea.current
      : triggers.current[action]
    )?.focus();
  };

  const generalError =
    errors.action ||
    errors[''] ||
    (Object.keys(errors).length > 0 && !errors.message
      ? intl.formatMessage(messages.actionError)
      : null);
  const messageId = `${baseId}-message`;

  return (
    <section className="moderation-actions" aria-labelledby={`${baseId}-h`}>
      <h4 id={`${baseId}-h`}>{intl.formatMessage(messages.actionsTitle)}</h4>
      {actions.length === 0 ? (
        <p>{intl.formatMessage(messages.noActions)}</p>
      ) : (
        <div className="moderation-action-buttons">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              ref={(element) => {
                triggers.current[action] = element;
              }}
              className={`ui button ${action === 'verify' ? 'primary' : ''}`}
              aria-expanded={
                needsMessage(action) ? formAction === action : undefined
              }
              aria-describedby={generalError ? `${baseId}-error` : undefined}
              onClick={() => choose(action)}
              disabled={isBusy}
            >
              {intl.formatMessage(messages[action])}
            </button>
          ))}
        </div>
      )}
      {generalError && (
        <p id={`${baseId}-error`} className="moderation-error">
          {generalError}
        </p>
      )}
      {formAction && (
        <form
          className="moderation-message-form"
          onSubmit={submitMessage}
          noValidate
        >
          <label htmlFor={messageId}>
            {intl.formatMessage(MESSAGE_LABELS[formAction])}
          </label>
          <textarea
            id={messageId}
            ref={textarea}
            rows={4}
            required
            aria-required="true"
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            aria-invalid={!!errors.message}
            aria-describedby={errors.message ? `${messageId}-error` : undefined}
          />
          {errors.message && (
            <p id={`${messageId}-error`} className="moderation-error">
              {errors.message}
            </p>
          )}
          <div className="moderation-action-buttons">
            <button type="submit" className="ui primary button">
              {intl.formatMessage(messages[`submit_${formAction}`])}
            </button>
            <button
              type="button"
              className="ui button"
              onClick={() => {
                const action = formAction;
                setFormAction(null);
                setErrors({});
                triggers.current[action]?.focus();
              }}
            >
              {intl.formatMessage(messages.cancel)}
            </button>
          </div>
        </form>
      )}
      <ConfirmDialog
        isOpen={!!confirming}
        question={
          confirming
            ? intl.formatMessage(CONFIRM_QUESTIONS[confirming], { title })
            : ''
        }
        confirmLabel={intl.formatMessage(messages.confirm)}
        cancelLabel={intl.formatMessage(messages.cancel)}
        onConfirm={() => run(confirming)}
        onCancel={cancelConfirm}
        isBusy={isBusy}
      />
    </section>
  );
};

ReviewActions.propTypes = {
  profile: PropTypes.shape({
    '@id': PropTypes.string.isRequired,
    title: PropTypes.string,
    review_state: PropTypes.string,
  }).isRequired,
  onDone: PropTypes.func.isRequired,
};

export default ReviewActions;

import { useLocation } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { REASON_IDLE } from '../constants';
import { sessionEndReason } from '../loginReason';
import messages from '../messages';

/**
 * For the login page: why the member is there when her session ended
 * (`?reason=idle&minutes=N` or `?reason=expired`, see loginReason.js).
 * Renders nothing without a known reason.
 */
const SessionEndNotice = () => {
  const intl = useIntl();
  const { search } = useLocation();
  const ended = sessionEndReason(search);
  if (!ended) {
    return null;
  }
  let text;
  if (ended.reason !== REASON_IDLE) {
    text = intl.formatMessage(messages.sessionExpired);
  } else if (ended.minutes) {
    text = intl.formatMessage(messages.signedOutIdle, {
      minutes: ended.minutes,
    });
  } else {
    text = intl.formatMessage(messages.signedOutIdleNoDuration);
  }
  return (
    <p role="status" className="ui info message tremplin-session-end">
      {text}
    </p>
  );
};

export default SessionEndNotice;

import { useEffect, useId, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import messages from '../messages';
import './IdleWarningDialog.scss';

// The live region speaks at these seconds left (and on opening), not every
// second: a screen reader reading a count every second is unusable.
const SPOKEN_AT = [30, 10];

const secondsUntil = (deadline) =>
  Math.max(0, Math.ceil((deadline - Date.now()) / 1000));

/**
 * The warning before the idle logout: a modal alert dialog (native <dialog>,
 * so the browser keeps the focus inside and Escape cancels it), the focus
 * on "Stay signed in", a countdown shown every second and announced in a
 * polite live region at a few steps. Escape means staying signed in.
 */
const IdleWarningDialog = ({ deadline, minutes, onStay, onSignOut }) => {
  const intl = useIntl();
  const dialog = useRef(null);
  const stayButton = useRef(null);
  const [seconds, setSeconds] = useState(() => secondsUntil(deadline));
  const [spokenSeconds, setSpokenSeconds] = useState(seconds);
  const [isBusy, setBusy] = useState(false);
  const titleId = useId();
  const textId = useId();
  const timerId = useId();

  useEffect(() => {
    const element = dialog.current;
    const returnFocusTo = document.activeElement;
    // jsdom has no showModal(): the open attribute is enough there.
    if (element.showModal) {
      element.showModal();
    } else {
      element.setAttribute('open', '');
    }
    stayButton.current.focus();
    return () => {
      if (returnFocusTo?.isConnected) {
        returnFocusTo.focus();
      }
    };
  }, []);

  useEffect(() => {
    setSeconds(secondsUntil(deadline));
    const timer = setInterval(() => setSeconds(secondsUntil(deadline)), 1000);
    return () => clearInterval(timer);
  }, [deadline]);

  useEffect(() => {
    if (SPOKEN_AT.some((step) => seconds <= step && spokenSeconds > step)) {
      setSpokenSeconds(seconds);
    }
  }, [seconds, spokenSeconds]);

  const stay = () => {
    setBusy(true);
    onStay();
  };

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={`${textId} ${timerId}`}
      className="tremplin-idle-warning"
      onCancel={(event) => {
        event.preventDefault();
        stay();
      }}
    >
      <h2 id={titleId}>{intl.formatMessage(messages.warningTitle)}</h2>
      <p id={textId}>
        {intl.formatMessage(messages.warningText, { minutes: minutes ?? 0 })}
      </p>
      <p id={timerId} role="timer" className="tremplin-idle-countdown">
        {intl.formatMessage(messages.warningCountdown, { seconds })}
      </p>
      <p role="status" className="tremplin-idle-spoken">
        {intl.formatMessage(messages.warningCountdown, {
          seconds: spokenSeconds,
        })}
      </p>
      <div className="tremplin-idle-buttons">
        <button
          ref={stayButton}
          type="button"
          className="ui primary button"
          onClick={stay}
          disabled={isBusy}
        >
          {intl.formatMessage(messages.staySignedIn)}
        </button>
        <button type="button" className="ui button" onClick={onSignOut}>
          {intl.formatMessage(messages.signOut)}
        </button>
      </div>
    </dialog>
  );
};

IdleWarningDialog.propTypes = {
  deadline: PropTypes.number.isRequired,
  minutes: PropTypes.number,
  onStay: PropTypes.func.isRequired,
  onSignOut: PropTypes.func.isRequired,
};

export default IdleWarningDialog;

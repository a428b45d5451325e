import { useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useDispatch } from 'react-redux';
import { checkPassword } from './actions';
import messages from './messages';
import { CHECK_DELAY, levelKey } from './rules';
import './PasswordStrength.scss';

/**
 * Live feedback on a new password: a few hundred milliseconds after the
 * last key press the backend (@tremplin-password-check, the same rules as
 * on save: length, zxcvbn score, breached list) says how strong it is and
 * why not. Shown as a bar (decorative), a sentence and the reasons; the
 * region is polite aria-live, so screen readers hear the result once the
 * typing pauses. Give its `id` to the password field's aria-describedby.
 * `userInputs` ({email, fullname}) make passwords built from them weak.
 */
const PasswordStrength = ({ id, password, userInputs }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const [result, setResult] = useState(null);
  const latest = useRef(0);
  const email = userInputs?.email || '';
  const fullname = userInputs?.fullname || '';

  useEffect(() => {
    const request = latest.current + 1;
    latest.current = request;
    if (!password) {
      setResult(null);
      return undefined;
    }
    const timer = setTimeout(() => {
      Promise.resolve(dispatch(checkPassword(password, { email, fullname })))
        .then((answer) => {
          if (latest.current === request) {
            setResult(answer && typeof answer === 'object' ? answer : null);
          }
        })
        .catch(() => {
          // No feedback rather than a wrong one; saving checks again.
          if (latest.current === request) {
            setResult(null);
          }
        });
    }, CHECK_DELAY);
    return () => clearTimeout(timer);
  }, [dispatch, password, email, fullname]);

  const shown = password && result;
  const problems = (shown && result.problems) || [];
  const suggestions = (shown && result.suggestions) || [];
  return (
    <div id={id} className="password-strength" aria-live="polite">
      {shown && (
        <>
          <div
            className="password-strength-bar"
            data-score={levelKey(result.score).slice(-1)}
            data-acceptable={result.acceptable ? 'true' : 'false'}
            aria-hidden="true"
          >
            <span />
          </div>
          <p className="password-strength-level">
            {intl.formatMessage(messages.strength, {
              level: intl.formatMessage(messages[levelKey(result.score)]),
            })}{' '}
            {intl.formatMessage(
              result.acceptable ? messages.accepted : messages.notAccepted,
            )}
          </p>
          {problems.length > 0 && (
            <ul className="password-strength-problems">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          {suggestions.length > 0 && (
            <div className="password-strength-suggestions">
              <p>{intl.formatMessage(messages.suggestions)}</p>
              <ul>
                {suggestions.map((suggestion) => (
                  <li key={suggestion}>{suggestion}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </div>
  );
};

PasswordStrength.propTypes = {
  id: PropTypes.string.isRequired,
  password: PropTypes.string.isRequired,
  userInputs: PropTypes.shape({
    email: PropTypes.string,
    fullname: PropTypes.string,
  }),
};

export default PasswordStrength;

/**
 * The code step after an external login, for an account with two-step
 * verification: the same requests and rules as the password login's code
 * step (useTwoStepLogin), started from the challenge that POST
 * @login-authomatic answered instead of @login's.
 */
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { loginWithCode, sendLoginSms } from '../../login/actions';
import {
  firstMode,
  MODE_LABELS,
  useLockedText,
  useSendingDispatch,
} from '../../login/components/codeStepParts';
import { codeFailureOf, normalizeCode } from '../../login/login';
import loginMessages from '../../login/messages';

/**
 * `challenge` is {id, methods, expires}. `onToken(result)` runs with the
 * answer that carries the token; `onExpired(text)` when the challenge is
 * used up (she must start again). `status` is for a live region, `focusCode`
 * changes each time the code field must take the focus.
 */
export function useExternalCode(challenge, { onToken, onExpired }) {
  const intl = useIntl();
  const { run, isSending, sending } = useSendingDispatch();
  const lockedText = useLockedText();
  const [mode, setMode] = useState(firstMode(challenge.methods));
  const [code, setCode] = useState('');
  const [error, setError] = useState(null);
  const [smsSent, setSmsSent] = useState(false);
  const [status, setStatus] = useState('');
  const [focusCode, setFocusCode] = useState(0);
  const onFailure = (failed) => {
    const failure = codeFailureOf(failed);
    setStatus('');
    if (failure.kind === 'challenge') {
      onExpired(intl.formatMessage(loginMessages.challengeExpired));
      return;
    }
    if (failure.kind === 'locked') {
      setError(lockedText(failure.retryAfter));
    } else {
      setError(
        failure.message ||
          intl.formatMessage(
            failure.kind === 'code'
              ? loginMessages.required
              : loginMessages.unavailable,
          ),
      );
    }
    setFocusCode((count) => count + 1);
  };

  const submit = (event) => {
    event.preventDefault();
    if (sending.current) {
      return;
    }
    const typed = mode === 'recovery' ? code.trim() : normalizeCode(code);
    if (!typed) {
      setError(intl.formatMessage(loginMessages.required));
      setFocusCode((count) => count + 1);
      return;
    }
    setError(null);
    setStatus(intl.formatMessage(loginMessages.verifying));
    run(loginWithCode(challenge.id, typed)).then((result) => {
      setStatus(intl.formatMessage(loginMessages.loggedIn));
      onToken(result);
    }, onFailure);
  };

  const chooseMode = (next) => {
    setMode(next);
    setCode('');
    setError(null);
    setStatus(
      intl.formatMessage(loginMessages.modeChanged, {
        label: intl.formatMessage(MODE_LABELS[next]),
      }),
    );
    setFocusCode((count) => count + 1);
  };

  const sendSms = () => {
    if (sending.current) {
      return;
    }
    run(sendLoginSms(challenge.id)).then(
      () => {
        setSmsSent(true);
        setStatus(intl.formatMessage(loginMessages.smsSent));
        setFocusCode((count) => count + 1);
      },
      (failed) => {
        const failure = codeFailureOf(failed);
        if (failure.kind === 'challenge') {
          onExpired(intl.formatMessage(loginMessages.challengeExpired));
        } else {
          setStatus(
            failure.message || intl.formatMessage(loginMessages.smsFailed),
          );
        }
      },
    );
  };

  return {
    mode,
    code,
    error,
    smsSent,
    isSending,
    status,
    focusCode,
    onCode: (name, value) => {
      setCode(value);
      setError(null);
    },
    submit,
    chooseMode,
    sendSms,
  };
}

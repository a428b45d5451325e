/**
 * The state of the login in two steps and what each answer of the server
 * does to it. The component only renders; this hook decides.
 */
import { useCallback, useState } from 'react';
import { useIntl } from 'react-intl';
import {
  loggedIn,
  loginWithCode,
  loginWithPassword,
  sendLoginSms,
} from '../actions';
import { codeFailureOf, normalizeCode, passwordFailureOf } from '../login';
import messages from '../messages';
import {
  firstMode,
  MODE_LABELS,
  useLockedText,
  useSendingDispatch,
} from './codeStepParts';

/**
 * `onLoggedIn({token, enrolmentRequired})` runs once a token is in Volto's
 * session. The returned `focus` says what gets the focus after the next
 * render: 'heading', a field name, or null.
 */
export function useTwoStepLogin(onLoggedIn) {
  const intl = useIntl();
  const { run, isSending, sending, dispatch } = useSendingDispatch();
  const lockedText = useLockedText();
  const [step, setStep] = useState('password');
  // Changes each time the heading must take the focus (see useFocusAfterTitle).
  const [headingFocus, setHeadingFocus] = useState(null);
  const [values, setValues] = useState({ login: '', password: '' });
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [captchaRequired, setCaptchaRequired] = useState(false);
  const [captcha, setCaptcha] = useState(null);
  // A solution works once: a new round remounts the widget for a new one.
  const [captchaRound, setCaptchaRound] = useState(0);
  const [challenge, setChallenge] = useState(null);
  const [mode, setMode] = useState('totp');
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState(null);
  const [smsSent, setSmsSent] = useState(false);
  const [status, setStatus] = useState('');
  const [fieldFocus, setFocusedField] = useState(null);

  const clearFieldFocus = useCallback(() => setFocusedField(null), []);
  const focusHeading = () => setHeadingFocus((count) => (count ?? 0) + 1);
  // A field taking the focus ends the heading's (it would take it back once
  // the document title changes, see useFocusAfterTitle).
  const setFieldFocus = (name) => {
    if (name) {
      setHeadingFocus(null);
    }
    setFocusedField(name);
  };

  const finish = (result) => {
    dispatch(loggedIn(result.token));
    setStatus(intl.formatMessage(messages.loggedIn));
    onLoggedIn({
      token: result.token,
      enrolmentRequired: Boolean(result.mfa_enrolment_required),
    });
  };

  const onChange = useCallback((name, value) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors(({ [name]: fixed, ...others }) => others);
  }, []);

  const onPasswordFailure = (error) => {
    const failure = passwordFailureOf(error);
    setStatus('');
    if (captcha) {
      setCaptcha(null);
      setCaptchaRound((round) => round + 1);
    }
    if (failure.kind === 'locked') {
      setProblem({ text: lockedText(failure.retryAfter) });
    } else if (failure.kind === 'invalid') {
      setCaptchaRequired((already) => already || failure.captchaRequired);
      setValues((previous) => ({ ...previous, password: '' }));
      setProblem({
        text: intl.formatMessage(messages.invalid),
        credentials: true,
      });
      setFieldFocus('password');
    } else if (failure.kind === 'fields') {
      const { '': general, ...fields } = failure.errors;
      if (fields.captcha !== undefined) {
        setCaptchaRequired(true);
      }
      setErrors(fields);
      setProblem(general ? { text: general } : null);
      setFieldFocus(Object.keys(fields)[0] ?? null);
    } else {
      setProblem({ text: intl.formatMessage(messages.unavailable) });
    }
  };

  const onPasswordAnswer = (result) => {
    if (result?.mfa_required) {
      const methods = result.methods?.length ? result.methods : ['totp'];
      setChallenge({ id: result.challenge, methods, expires: result.expires });
      setMode(firstMode(methods));
      setCode('');
      setCodeError(null);
      setSmsSent(false);
      setStatus('');
      setStep('code');
      focusHeading();
    } else if (result?.token) {
      finish(result);
    } else {
      setProblem({ text: intl.formatMessage(messages.unavailable) });
    }
  };

  const submitPassword = (event) => {
    event.preventDefault();
    if (sending.current) {
      return;
    }
    const required = intl.formatMessage(messages.required);
    const missing = Object.fromEntries(
      ['login', 'password']
        .filter((name) => !values[name])
        .map((name) => [name, required]),
    );
    if (captchaRequired && !captcha) {
      missing.captcha = intl.formatMessage(messages.captchaMissing);
    }
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      setFieldFocus(Object.keys(missing)[0]);
      return;
    }
    setProblem(null);
    setErrors({});
    setStatus(intl.formatMessage(messages.checking));
    run(loginWithPassword({ ...values, captcha })).then(
      onPasswordAnswer,
      onPasswordFailure,
    );
  };

  const startAgain = (text = null) => {
    setStep('password');
    setChallenge(null);
    setValues((previous) => ({ ...previous, password: '' }));
    setProblem(text ? { text } : null);
    setStatus('');
    focusHeading();
  };

  const onCodeFailure = (error) => {
    const failure = codeFailureOf(error);
    setStatus('');
    if (failure.kind === 'challenge') {
      startAgain(intl.formatMessage(messages.challengeExpired));
      return;
    }
    if (failure.kind === 'locked') {
      setCodeError(lockedText(failure.retryAfter));
    } else if (failure.kind === 'code') {
      setCodeError(failure.message || intl.formatMessage(messages.required));
    } else {
      setCodeError(failure.message || intl.formatMessage(messages.unavailable));
    }
    setFieldFocus('code');
  };

  const submitCode = (event) => {
    event.preventDefault();
    if (sending.current) {
      return;
    }
    const typed = mode === 'recovery' ? code.trim() : normalizeCode(code);
    if (!typed) {
      setCodeError(intl.formatMessage(messages.required));
      setFieldFocus('code');
      return;
    }
    setCodeError(null);
    setStatus(intl.formatMessage(messages.verifying));
    run(loginWithCode(challenge.id, typed)).then(finish, onCodeFailure);
  };

  const chooseMode = (next) => {
    setMode(next);
    setCode('');
    setCodeError(null);
    setStatus(
      intl.formatMessage(messages.modeChanged, {
        label: intl.formatMessage(MODE_LABELS[next]),
      }),
    );
    setFieldFocus('code');
  };

  const sendSms = () => {
    if (sending.current) {
      return;
    }
    run(sendLoginSms(challenge.id)).then(() => {
      setSmsSent(true);
      setStatus(intl.formatMessage(messages.smsSent));
      setFieldFocus('code');
    }, onSmsFailure);
  };

  const onSmsFailure = (error) => {
    const failure = codeFailureOf(error);
    if (failure.kind === 'challenge') {
      startAgain(intl.formatMessage(messages.challengeExpired));
    } else {
      setStatus(failure.message || intl.formatMessage(messages.smsFailed));
    }
  };

  return {
    step,
    headingFocus,
    values,
    errors,
    problem,
    captchaRequired,
    captchaRound,
    challenge,
    mode,
    code,
    codeError,
    smsSent,
    isSending,
    status,
    fieldFocus,
    clearFieldFocus,
    onChange,
    onCaptcha: setCaptcha,
    onCode: (name, value) => {
      setCode(value);
      setCodeError(null);
    },
    submitPassword,
    submitCode,
    chooseMode,
    sendSms,
    startAgain: () => startAgain(),
  };
}

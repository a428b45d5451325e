import { useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useDispatch } from 'react-redux';
import { Link, useLocation } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import { TextField } from '../../../accounts/components/RegistrationFields';
import { retryAfterSeconds, waitParts } from '../../../accounts/registration';
import Captcha from '../../captcha/Captcha';
import captchaMessages from '../../captcha/messages';
import Honeypot from '../../captcha/Honeypot';
import useCaptcha from '../../captcha/useCaptcha';
import PasswordStrength from '../../passwords/PasswordStrength';
import { fieldErrorsOf, statusOf } from '../../passwords/errors';
import { PASSWORD_MIN_LENGTH } from '../../passwords/rules';
import { confirmPasswordReset, requestPasswordReset } from '../actions';
import messages from '../messages';
// The registration's form styles (`.registration` scope): same controls.
import '../../../accounts/components/Registration.scss';
import RevealPasswords from '../../passwords/RevealPasswords';
import PageMeta from '../../../seo/components/PageMeta';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CODE = /^\d{6}$/;

const UNIT_MESSAGES = {
  seconds: messages.waitSeconds,
  minutes: messages.waitMinutes,
};

/** DOM id of a field of these forms. */
export const resetFieldId = (name) => `password-reset-${name}`;

/** The digits of a code typed with spaces or dashes ("123 456"). */
export const normalizeCode = (code) => code.replace(/[\s-]/g, '');

/** The sentence for a 429: how long to wait, when the server says. */
function tooSoonMessage(intl, error) {
  const seconds = retryAfterSeconds(error);
  const wait = seconds && waitParts(seconds);
  return wait
    ? intl.formatMessage(messages.tooSoon, {
        wait: intl.formatMessage(UNIT_MESSAGES[wait.unit], {
          count: wait.count,
        }),
      })
    : intl.formatMessage(messages.tooSoonNoDelay);
}

const focusById = (id) => {
  const element = document.getElementById(id);
  const control =
    element?.tagName === 'FIELDSET' ? element.querySelector('input') : element;
  control?.focus();
};

/**
 * Step 1: the address, the anti-spam check and the honeypot. The answer is
 * the same whether the address has an account or not.
 */
const RequestStep = ({
  initialEmail,
  onSent,
  onHaveCode,
  setStatus,
  headingRef,
}) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const [email, setEmail] = useState(initialEmail);
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState({});
  const [isSending, setSending] = useState(false);
  const [focusTarget, setFocusTarget] = useState(null);

  useEffect(() => {
    if (focusTarget) {
      focusById(focusTarget);
      setFocusTarget(null);
    }
  }, [focusTarget]);

  const showErrors = (found) => {
    setErrors(found);
    setStatus(
      intl.formatMessage(messages.errorsOnForm, {
        count: Object.keys(found).length,
      }),
    );
    setFocusTarget(resetFieldId(Object.keys(found)[0]));
  };

  const captcha = useCaptcha({
    onStuck: () => {
      setSending(false);
      showErrors({ captcha: intl.formatMessage(captchaMessages.required) });
    },
  });

  const send = (payload) => {
    setStatus(intl.formatMessage(messages.sending));
    dispatch(
      requestPasswordReset({ email: email.trim(), captcha: payload, website }),
    )
      .then(() => {
        setSending(false);
        setStatus('');
        onSent(email.trim());
      })
      .catch((error) => {
        setSending(false);
        captcha.renew();
        const status = statusOf(error);
        if (status === 429) {
          setErrors({ '': tooSoonMessage(intl, error) });
          setStatus(tooSoonMessage(intl, error));
        } else if (status === 400) {
          const found = fieldErrorsOf(error).errors;
          const { website: robot, ...rest } = found;
          showErrors(robot ? { ...rest, '': robot } : rest);
        } else {
          setErrors({ '': intl.formatMessage(messages.serverError) });
          setStatus('');
        }
      });
  };
  const sendRef = useRef(send);
  sendRef.current = send;

  /** The address typed, or null after saying what is wrong with it. */
  const checkedEmail = () => {
    const value = email.trim();
    if (!value || !EMAIL.test(value)) {
      showErrors({
        email: intl.formatMessage(
          value ? messages.errorEmail : messages.errorRequired,
        ),
      });
      return null;
    }
    return value;
  };

  const onSubmit = (event) => {
    event.preventDefault();
    if (isSending || !checkedEmail()) {
      return;
    }
    setErrors({});
    setSending(true);
    if (!captcha.payload) {
      setStatus(intl.formatMessage(captchaMessages.waitingToSend));
    }
    captcha.whenSolved((payload) => sendRef.current(payload));
  };

  return (
    <form
      className="registration-form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="password-reset-step"
    >
      <h2 id="password-reset-step" tabIndex={-1} ref={headingRef}>
        {intl.formatMessage(messages.requestHeading)}
      </h2>
      <p>{intl.formatMessage(messages.requestIntro)}</p>
      <TextField
        name="email"
        id={resetFieldId('email')}
        type="email"
        label={intl.formatMessage(messages.email)}
        value={email}
        error={errors.email}
        onChange={(name, value) => {
          setEmail(value);
          setErrors(({ email: fixed, ...others }) => others);
        }}
        autoComplete="email"
        spellCheck={false}
      />
      <Honeypot
        id={resetFieldId('website')}
        value={website}
        onChange={setWebsite}
      />
      <Captcha
        id={resetFieldId('captcha')}
        {...captcha.captchaProps}
        onChange={(payload) => {
          captcha.captchaProps.onChange(payload);
          if (payload) {
            setErrors(({ captcha: fixed, ...others }) => others);
          }
        }}
        error={errors.captcha}
      />
      {errors[''] && (
        <p className="registration-error" role="alert">
          {errors['']}
        </p>
      )}
      <div className="registration-actions">
        <button
          type="submit"
          className="ui button primary"
          aria-disabled={isSending || undefined}
        >
          {intl.formatMessage(messages.sendCode)}
        </button>
        {/* From the link of the mail: no new code (it would replace hers). */}
        <button
          type="button"
          className="ui button basic"
          onClick={() => {
            const value = checkedEmail();
            if (value) {
              captcha.cancel();
              onHaveCode(value);
            }
          }}
        >
          {intl.formatMessage(messages.haveCode)}
        </button>
      </div>
    </form>
  );
};

RequestStep.propTypes = {
  initialEmail: PropTypes.string.isRequired,
  onSent: PropTypes.func.isRequired,
  onHaveCode: PropTypes.func.isRequired,
  setStatus: PropTypes.func.isRequired,
  headingRef: PropTypes.object.isRequired,
};

/**
 * Step 2: the code of the mail and the new password (twice), with the
 * backend's live strength feedback. The server's refusals show on their
 * field: a wrong code with the tries left, an expired or dead code, a
 * password its rules refuse.
 */
const CodeStep = ({ email, onDone, onNewCode, setStatus, headingRef }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const [values, setValues] = useState({ code: '', password: '', repeat: '' });
  const [isShown, setShown] = useState(false);
  const [errors, setErrors] = useState({});
  const [isSending, setSending] = useState(false);
  const [focusTarget, setFocusTarget] = useState(null);

  useEffect(() => {
    if (focusTarget) {
      focusById(focusTarget);
      setFocusTarget(null);
    }
  }, [focusTarget]);

  const onChange = (name, value) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors(({ [name]: fixed, ...others }) => others);
  };

  const showErrors = (found, summary) => {
    setErrors(found);
    setStatus(
      summary ||
        intl.formatMessage(messages.errorsOnForm, {
          count: Object.keys(found).length,
        }),
    );
    const first = ['code', 'password', 'repeat'].find((name) => found[name]);
    if (first) {
      setFocusTarget(resetFieldId(first));
    }
  };

  const validate = () => {
    const found = {};
    const code = normalizeCode(values.code);
    if (!code) {
      found.code = intl.formatMessage(messages.errorRequired);
    } else if (!CODE.test(code)) {
      found.code = intl.formatMessage(messages.errorCode);
    }
    if (!values.password) {
      found.password = intl.formatMessage(messages.errorRequired);
    } else if (values.password.length < PASSWORD_MIN_LENGTH) {
      found.password = intl.formatMessage(messages.errorTooShort, {
        count: PASSWORD_MIN_LENGTH,
      });
    }
    if (!values.repeat) {
      found.repeat = intl.formatMessage(messages.errorRequired);
    } else if (values.password && values.repeat !== values.password) {
      found.repeat = intl.formatMessage(messages.errorMismatch);
    }
    return found;
  };

  const onSubmit = (event) => {
    event.preventDefault();
    if (isSending) {
      return;
    }
    const found = validate();
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return;
    }
    setErrors({});
    setSending(true);
    setStatus(intl.formatMessage(messages.sending));
    dispatch(
      confirmPasswordReset({
        email,
        code: normalizeCode(values.code),
        password: values.password,
      }),
    )
      .then(() => {
        setSending(false);
        setStatus('');
        onDone();
      })
      .catch((error) => {
        setSending(false);
        const status = statusOf(error);
        if (status === 429) {
          setErrors({ '': tooSoonMessage(intl, error) });
          setStatus(tooSoonMessage(intl, error));
        } else if (status === 400) {
          const { code, password, ...others } = fieldErrorsOf(error).errors;
          const general = Object.values(others).filter(Boolean).join(' ');
          showErrors(
            {
              ...(code && { code }),
              ...(password && { password }),
              ...(general && { '': general }),
            },
            intl.formatMessage(messages.errorsFromServer),
          );
        } else {
          setErrors({ '': intl.formatMessage(messages.serverError) });
          setStatus('');
        }
      });
  };

  const passwordType = isShown ? 'text' : 'password';
  const strengthId = resetFieldId('password-strength');
  return (
    <form
      className="registration-form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="password-reset-step"
    >
      <h2 id="password-reset-step" tabIndex={-1} ref={headingRef}>
        {intl.formatMessage(messages.codeHeading)}
      </h2>
      <p>
        {intl.formatMessage(messages.codeSent, {
          email: <strong key="email">{email}</strong>,
        })}
      </p>
      {/* The e-mail address, for password managers. */}
      <input
        type="hidden"
        name="username"
        autoComplete="username"
        value={email}
      />
      <TextField
        name="code"
        id={resetFieldId('code')}
        label={intl.formatMessage(messages.code)}
        help={intl.formatMessage(messages.codeHelp)}
        value={values.code}
        error={errors.code}
        onChange={onChange}
        inputMode="numeric"
        autoComplete="one-time-code"
        spellCheck={false}
      />
      <TextField
        name="password"
        id={resetFieldId('password')}
        type={passwordType}
        label={intl.formatMessage(messages.newPassword)}
        value={values.password}
        error={errors.password}
        onChange={onChange}
        describedBy={strengthId}
        autoComplete="new-password"
        spellCheck={false}
      >
        <PasswordStrength
          id={strengthId}
          password={values.password}
          userInputs={{ email }}
        />
      </TextField>
      <TextField
        name="repeat"
        id={resetFieldId('repeat')}
        type={passwordType}
        label={intl.formatMessage(messages.repeatPassword)}
        value={values.repeat}
        error={errors.repeat}
        onChange={onChange}
        autoComplete="new-password"
        spellCheck={false}
      />
      <RevealPasswords
        id={resetFieldId('show')}
        checked={isShown}
        onChange={setShown}
        label={intl.formatMessage(messages.showPasswords)}
      />
      {errors[''] && (
        <p className="registration-error" role="alert">
          {errors['']}
        </p>
      )}
      <div className="registration-actions">
        <button
          type="submit"
          className="ui button primary"
          aria-disabled={isSending || undefined}
        >
          {intl.formatMessage(messages.changePassword)}
        </button>
        <button type="button" className="ui button basic" onClick={onNewCode}>
          {intl.formatMessage(messages.newCode)}
        </button>
      </div>
    </form>
  );
};

CodeStep.propTypes = {
  email: PropTypes.string.isRequired,
  onDone: PropTypes.func.isRequired,
  onNewCode: PropTypes.func.isRequired,
  setStatus: PropTypes.func.isRequired,
  headingRef: PropTypes.object.isRequired,
};

/** The language of the page: its route's, else the interface's. */
function useLanguage(intl) {
  const { pathname } = useLocation();
  const match = /^\/(fr|en)(\/|$)/.exec(pathname);
  return match ? match[1] : intl.locale === 'en' ? 'en' : 'fr';
}

/**
 * The password reset (spec §6.3), in the member's hands only: her address
 * and an anti-spam check give a 6-digit code by mail (the page says the
 * same whether the address has an account or not), then the code and a new
 * password that the backend's rules accept end every session of the
 * account. `?email=` (the link of the mail) opens the second step.
 */
const PasswordResetPage = () => {
  const intl = useIntl();
  const { search } = useLocation();
  const language = useLanguage(intl);
  const queryEmail = new URLSearchParams(search).get('email') || '';
  const [stage, setStage] = useState(queryEmail ? 'code' : 'request');
  const [email, setEmail] = useState(queryEmail);
  const [status, setStatus] = useState('');
  const headingRef = useRef(null);
  const doneRef = useRef(null);
  const isFirst = useRef(true);

  useEffect(() => {
    // The heading of each new step takes the focus; not on arrival.
    if (isFirst.current) {
      isFirst.current = false;
      return;
    }
    (stage === 'done' ? doneRef : headingRef).current?.focus();
  }, [stage]);

  const title = intl.formatMessage(
    stage === 'done' ? messages.doneHeading : messages.title,
  );
  return (
    <Container
      id="page-password-reset"
      className="view-wrapper registration password-reset"
    >
      <PageMeta title={title} noindex />
      {stage === 'done' ? (
        <>
          <h1 className="documentFirstHeading" tabIndex={-1} ref={doneRef}>
            {title}
          </h1>
          <p className="documentDescription">
            {intl.formatMessage(messages.doneText)}
          </p>
          <p>
            <Link className="ui button primary" to={`/${language}/login`}>
              {intl.formatMessage(messages.logIn)}
            </Link>
          </p>
        </>
      ) : (
        <>
          <h1 className="documentFirstHeading">{title}</h1>
          {stage === 'request' ? (
            <RequestStep
              initialEmail={email}
              setStatus={setStatus}
              headingRef={headingRef}
              onSent={(address) => {
                setEmail(address);
                setStage('code');
              }}
              onHaveCode={(address) => {
                setEmail(address);
                setStage('code');
              }}
            />
          ) : (
            <CodeStep
              email={email}
              setStatus={setStatus}
              headingRef={headingRef}
              onDone={() => setStage('done')}
              onNewCode={() => setStage('request')}
            />
          )}
        </>
      )}
      <p className="registration-live" role="status" aria-live="polite">
        {status}
      </p>
    </Container>
  );
};

export default PasswordResetPage;

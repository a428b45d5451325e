import { useCallback, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useDispatch } from 'react-redux';
import { Container } from 'semantic-ui-react';
import captchaMessages from '../../security/captcha/messages';
import useCaptcha from '../../security/captcha/useCaptcha';
import { registerAccount } from '../actions';
import messages from '../messages';
import {
  STEPS,
  PASSWORD_MIN_LENGTH,
  fieldErrorsFrom,
  fieldId,
  initialValues,
  placeErrors,
  registrationPayload,
  validateStep,
} from '../registration';
import RegistrationProgress from './RegistrationProgress';
import RegistrationSent from './RegistrationSent';
import useRegistrationChoices from '../useRegistrationChoices';
import {
  AccountStep,
  ConsentsStep,
  DetailsStep,
  KindStep,
} from './RegistrationSteps';
import './Registration.scss';
import PageMeta from '../../seo/components/PageMeta';

const STEP_TITLES = ['stepAccount', 'stepKind', 'stepDetails', 'stepConsents'];
const STEP_COMPONENTS = [AccountStep, KindStep, DetailsStep, ConsentsStep];

/** The message of a client-side problem (registration.validateStep). */
const PROBLEMS = {
  required: (field) =>
    field.startsWith('consents.')
      ? messages.errorConsent
      : Array.isArray(initialValues()[field])
        ? messages.errorChoose
        : messages.errorRequired,
  email: () => messages.errorEmail,
  passwordLength: () => messages.errorPasswordLength,
};

/** Moves the focus to a field (the first control of a group) or an element. */
function focusField(name) {
  const element = document.getElementById(fieldId(name));
  const control =
    element?.tagName === 'FIELDSET'
      ? element.querySelector('input:not([type="search"])')
      : element;
  control?.focus();
}

/**
 * Registration in four steps (spec §4.1.1, §7.1.4): account, kind of
 * profile, details of the company or the expert, consents. Each step is
 * checked before the next; the backend's field errors bring the visitor back
 * to the step that shows the field. Nothing is created until she confirms
 * her address: the success screen says so and offers a new mail.
 */
const RegistrationWizard = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const [step, setStep] = useState(0);
  // `website` is the honeypot (security.captcha): people leave it empty.
  const [values, setValues] = useState(() => ({
    ...initialValues(intl.locale),
    website: '',
  }));
  const [errors, setErrors] = useState({});
  const [status, setStatus] = useState('');
  const [isSending, setSending] = useState(false);
  const [sent, setSent] = useState(null);
  // What gets the focus after the next render: 'heading' or a field name.
  const [focusTarget, setFocusTarget] = useState(null);
  const headingRef = useRef(null);
  const choices = useRegistrationChoices(values.kind, intl.locale);

  const title = intl.formatMessage(messages.registerTitle);
  const stepTitle = intl.formatMessage(messages[STEP_TITLES[step]]);

  useEffect(() => {
    if (focusTarget === 'heading') {
      headingRef.current?.focus();
    } else if (focusTarget) {
      focusField(focusTarget);
    }
    if (focusTarget) {
      setFocusTarget(null);
    }
  }, [focusTarget, step]);

  const onChange = useCallback((name, value) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors(({ [name]: fixed, ...others }) => others);
  }, []);

  const goTo = (next) => {
    setStep(next);
    setStatus(
      intl.formatMessage(messages.stepAnnounce, {
        number: next + 1,
        count: STEPS.length,
        title: intl.formatMessage(messages[STEP_TITLES[next]]),
      }),
    );
    setFocusTarget('heading');
  };

  const showErrors = (found, target) => {
    setErrors(found);
    setFocusTarget(target);
  };

  // The anti-spam check of the last step; pressing the button before it is
  // done sends the registration as soon as it is.
  const captcha = useCaptcha({
    onStuck: () => {
      setSending(false);
      setStatus(intl.formatMessage(messages.errorsOnStep, { count: 1 }));
      showErrors(
        { captcha: intl.formatMessage(captchaMessages.required) },
        'captcha',
      );
    },
  });

  const checkStep = () => {
    const problems = validateStep(step, values);
    const found = Object.fromEntries(
      Object.entries(problems).map(([field, problem]) => [
        field,
        intl.formatMessage(PROBLEMS[problem](field), {
          count: PASSWORD_MIN_LENGTH,
        }),
      ]),
    );
    if (Object.keys(found).length > 0) {
      setStatus(
        intl.formatMessage(messages.errorsOnStep, {
          count: Object.keys(found).length,
        }),
      );
      showErrors(found, Object.keys(found)[0]);
      return false;
    }
    return true;
  };

  const send = (payload) => {
    setStatus(intl.formatMessage(messages.submitting));
    dispatch(
      registerAccount({
        ...registrationPayload(values),
        captcha: payload,
        website: values.website,
      }),
    )
      .then((result) => {
        setSending(false);
        setStatus('');
        setSent({ email: result?.email || values.email, ...result });
      })
      .catch((error) => {
        setSending(false);
        // A payload is good for one request.
        captcha.renew();
        if (error?.status !== 400 && error?.response?.status !== 400) {
          setStatus('');
          setErrors({ '': intl.formatMessage(messages.serverError) });
          return;
        }
        // The captcha's error shows on the captcha (last step), the
        // honeypot's (a robot) as a general one.
        const {
          captcha: captchaError,
          website: honeypotError,
          ...found
        } = fieldErrorsFrom(error);
        const placed = placeErrors(
          {
            ...found,
            ...(honeypotError && {
              '': [found[''], honeypotError].filter(Boolean).join(' '),
            }),
          },
          values.kind,
        );
        const hasOthers = Object.keys(placed.errors).length > 0;
        const errorStep = hasOthers ? placed.step : STEPS.length - 1;
        setStep(errorStep);
        setStatus(intl.formatMessage(messages.errorsFromServer));
        showErrors(
          { ...placed.errors, ...(captchaError && { captcha: captchaError }) },
          (hasOthers && placed.field) ||
            (captchaError && errorStep === STEPS.length - 1 && 'captcha') ||
            'heading',
        );
      });
  };

  // The latest `send`, with the latest answers, for a submission that
  // waited for the captcha.
  const sendRef = useRef(send);
  sendRef.current = send;

  const submit = () => {
    setSending(true);
    if (!captcha.payload) {
      setStatus(intl.formatMessage(captchaMessages.waitingToSend));
    }
    captcha.whenSolved((payload) => sendRef.current(payload));
  };

  const onSubmit = (event) => {
    event.preventDefault();
    if (isSending || !checkStep()) {
      return;
    }
    if (step < STEPS.length - 1) {
      goTo(step + 1);
    } else {
      submit();
    }
  };

  if (sent) {
    return <RegistrationSent email={sent.email} expires={sent.expires} />;
  }

  const Step = STEP_COMPONENTS[step];
  return (
    <Container id="page-registration" className="view-wrapper registration">
      <PageMeta
        title={title}
        description={intl.formatMessage(messages.registerIntro)}
      />
      <h1 className="documentFirstHeading">{title}</h1>
      <p className="documentDescription">
        {intl.formatMessage(messages.registerIntro)}
      </p>
      <RegistrationProgress step={step} titles={STEP_TITLES} />
      <form
        className="registration-form"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="registration-step-heading"
      >
        <h2 id="registration-step-heading" tabIndex={-1} ref={headingRef}>
          <span className="registration-step-count">
            {intl.formatMessage(messages.stepCount, {
              number: step + 1,
              count: STEPS.length,
            })}
          </span>{' '}
          {stepTitle}
        </h2>
        <p className="registration-help">
          {intl.formatMessage(messages.allRequired)}
        </p>
        <Step
          values={values}
          errors={errors}
          onChange={onChange}
          captcha={{
            ...captcha.captchaProps,
            onChange: (payload) => {
              captcha.captchaProps.onChange(payload);
              if (payload) {
                setErrors(({ captcha: fixed, ...others }) => others);
              }
            },
          }}
          choicesOf={choices.choicesOf}
          titleOf={choices.titleOf}
          vocabularyProblem={
            (choices.hasFailed &&
              intl.formatMessage(messages.vocabularyError)) ||
            (choices.isLoading &&
              intl.formatMessage(messages.vocabularyLoading)) ||
            undefined
          }
        />
        {errors[''] && (
          <p className="registration-error" role="alert">
            {errors['']}
          </p>
        )}
        <div className="registration-actions">
          {step > 0 && (
            <button
              type="button"
              className="ui button basic"
              onClick={() => {
                captcha.cancel();
                setSending(false);
                goTo(step - 1);
              }}
            >
              {intl.formatMessage(messages.back)}
            </button>
          )}
          <button
            type="submit"
            className="ui button primary"
            aria-disabled={isSending || undefined}
          >
            {intl.formatMessage(
              step < STEPS.length - 1 ? messages.next : messages.submit,
            )}
          </button>
        </div>
      </form>
      <p className="registration-live" role="status" aria-live="polite">
        {status}
      </p>
    </Container>
  );
};

export default RegistrationWizard;

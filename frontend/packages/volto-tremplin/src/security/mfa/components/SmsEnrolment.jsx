import { useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import Field from '../../login/components/Field';
import { normalizeCode } from '../../login/login';
import { confirmSms, startSms } from '../actions';
import messages from '../messages';
import { useCodeForm } from '../useCodeForm';
import { CodeField, FormProblem, SubmitButton } from './FormParts';

/**
 * A number as the server stores it (E.164: +, then 8 to 15 digits), from
 * the way people type it: spaces, dots, dashes, brackets, and the national
 * trunk "(0)" that French numbers often carry after the country code.
 */
export const toE164 = (phone) =>
  (phone || '').replace(/\(0\)/g, '').replace(/[\s().-]/g, '');
const isE164 = (phone) => /^\+[1-9]\d{7,14}$/.test(toE164(phone));

/**
 * Enrolment by SMS, after a plain warning about its risks (spec §6.3.1):
 * the number, then the code sent to it.
 */
const SmsEnrolment = ({ onEnabled, onCancel }) => {
  const intl = useIntl();
  const headingRef = useRef(null);
  const [sentTo, setSentTo] = useState(null);
  const [status, setStatus] = useState('');
  // The field that takes the focus once the other one has been replaced.
  const [focusId, setFocusId] = useState(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (focusId) {
      document.getElementById(focusId)?.focus();
      setFocusId(null);
    }
  }, [focusId]);

  const phoneForm = useCodeForm({
    initial: { phone: '' },
    idPrefix: 'mfa-sms',
    action: ({ phone }) => startSms(toE164(phone)),
    check: ({ phone }) =>
      phone.trim() && !isE164(phone)
        ? { phone: intl.formatMessage(messages.phoneInvalid) }
        : {},
    onSuccess: (result, { phone }) => {
      setSentTo(phone.trim());
      setStatus(
        intl.formatMessage(messages.smsSentTo, { phone: phone.trim() }),
      );
      setFocusId('mfa-sms-code');
    },
  });
  const codeForm = useCodeForm({
    initial: { code: '' },
    idPrefix: 'mfa-sms',
    action: ({ code }) => confirmSms(normalizeCode(code)),
    onSuccess: (result) => onEnabled(result ?? {}),
  });

  const changeNumber = () => {
    setSentTo(null);
    setStatus('');
    setFocusId('mfa-sms-phone');
  };

  const form = sentTo ? codeForm : phoneForm;
  return (
    <section className="mfa-enrolment" aria-labelledby="mfa-sms-title">
      <h2 id="mfa-sms-title" tabIndex={-1} ref={headingRef}>
        {intl.formatMessage(messages.smsTitle)}
      </h2>
      <div className="security-notice mfa-sms-risk">
        <p>
          <strong>{intl.formatMessage(messages.smsRiskTitle)}</strong>
        </p>
        <p>{intl.formatMessage(messages.smsRisk)}</p>
      </div>
      <form
        className="security-form"
        method="post"
        noValidate
        onSubmit={form.onSubmit}
      >
        {sentTo ? (
          <CodeField
            id="mfa-sms-code"
            form={codeForm}
            label={intl.formatMessage(messages.smsCode)}
          />
        ) : (
          <Field
            id="mfa-sms-phone"
            name="phone"
            type="tel"
            label={intl.formatMessage(messages.phone)}
            help={intl.formatMessage(messages.phoneHelp)}
            value={phoneForm.values.phone}
            onChange={phoneForm.onChange}
            error={phoneForm.errors.phone}
            autoComplete="tel"
            required
          />
        )}
        <FormProblem form={form} />
        <div className="security-actions">
          <SubmitButton form={form} primary>
            {intl.formatMessage(
              sentTo ? messages.confirmSms : messages.sendCode,
            )}
          </SubmitButton>
          {sentTo && (
            <button type="button" className="ui button" onClick={changeNumber}>
              {intl.formatMessage(messages.changeNumber)}
            </button>
          )}
        </div>
      </form>
      <p className="security-live" role="status" aria-live="polite">
        {status}
      </p>
      <div className="security-actions">
        <button type="button" className="ui button basic" onClick={onCancel}>
          {intl.formatMessage(messages.cancel)}
        </button>
      </div>
    </section>
  );
};

SmsEnrolment.propTypes = {
  onEnabled: PropTypes.func.isRequired,
  onCancel: PropTypes.func.isRequired,
};

export default SmsEnrolment;

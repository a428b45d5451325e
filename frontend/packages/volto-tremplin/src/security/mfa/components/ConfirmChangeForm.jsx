import { useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useDispatch } from 'react-redux';
import Field from '../../login/components/Field';
import { normalizeCode } from '../../login/login';
import { disableMfa, renewRecoveryCodes, sendActionSms } from '../actions';
import messages from '../messages';
import { useCodeForm } from '../useCodeForm';
import { CodeField, FormProblem, SubmitButton } from './FormParts';

const CHANGES = {
  renew: {
    title: messages.renewTitle,
    help: messages.renewHelp,
    submit: messages.renew,
    action: renewRecoveryCodes,
  },
  disable: {
    title: messages.disableTitle,
    help: messages.disableHelp,
    submit: messages.disable,
    action: disableMfa,
  },
};

/**
 * A change that an open session alone must not allow (spec §6.3.1): new
 * recovery codes, or turning two-step verification off. Both ask for the
 * password and a current code.
 */
const ConfirmChangeForm = ({ change, hasSms, warning, onDone }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const [smsStatus, setSmsStatus] = useState('');
  const { title, help, submit, action } = CHANGES[change];
  const prefix = `mfa-${change}`;
  const form = useCodeForm({
    initial: { password: '', code: '' },
    idPrefix: prefix,
    action: ({ password, code }) =>
      action({ password, code: normalizeCode(code) }),
    onSuccess: (result) => onDone(result ?? {}),
  });
  // SMS-only members get their current code on demand.
  const sendSms = () =>
    dispatch(sendActionSms()).then(
      (result) =>
        setSmsStatus(
          intl.formatMessage(messages.smsSentTo, {
            phone: result?.phone ?? '',
          }),
        ),
      (error) =>
        setSmsStatus(
          error?.response?.body?.message ?? intl.formatMessage(messages.failed),
        ),
    );
  return (
    <section className="mfa-change" aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>{intl.formatMessage(title)}</h2>
      <p className="security-help">{intl.formatMessage(help)}</p>
      {warning && <p className="security-notice">{warning}</p>}
      <form
        className="security-form"
        method="post"
        noValidate
        onSubmit={form.onSubmit}
      >
        <Field
          id={`${prefix}-password`}
          name="password"
          type="password"
          label={intl.formatMessage(messages.password)}
          value={form.values.password}
          onChange={form.onChange}
          error={form.errors.password}
          autoComplete="current-password"
          required
        />
        <CodeField
          id={`${prefix}-code`}
          form={form}
          label={intl.formatMessage(messages.currentCode)}
        />
        {hasSms && (
          <div className="security-actions">
            <button type="button" className="ui button" onClick={sendSms}>
              {intl.formatMessage(messages.sendActionSms)}
            </button>
          </div>
        )}
        <p className="security-live" role="status" aria-live="polite">
          {smsStatus}
        </p>
        <FormProblem form={form} />
        <div className="security-actions">
          <SubmitButton form={form}>{intl.formatMessage(submit)}</SubmitButton>
        </div>
      </form>
    </section>
  );
};

ConfirmChangeForm.propTypes = {
  change: PropTypes.oneOf(Object.keys(CHANGES)).isRequired,
  hasSms: PropTypes.bool,
  /** Said above the form (what the change means for her role). */
  warning: PropTypes.string,
  onDone: PropTypes.func.isRequired,
};

export default ConfirmChangeForm;

import { useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useDispatch } from 'react-redux';
import Image from '@plone/volto/components/theme/Image/Image';
import { normalizeCode } from '../../login/login';
import { confirmTotp, startTotp } from '../actions';
import messages from '../messages';
import { useCodeForm } from '../useCodeForm';
import { CodeField, FormProblem, SubmitButton } from './FormParts';

/** The key in groups of four, as authenticator applications show it. */
export const groupKey = (secret) =>
  (secret || '').replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Enrolment with an authenticator application: the server makes a pending
 * secret (its QR code arrives as an SVG image: no QR library in the
 * browser), the user proves with a first code that her application has it.
 */
const TotpEnrolment = ({ onEnabled, onCancel }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const headingRef = useRef(null);
  const [setup, setSetup] = useState(null);
  const [startFailed, setStartFailed] = useState(false);

  useEffect(() => {
    headingRef.current?.focus();
    dispatch(startTotp()).then(setSetup, () => setStartFailed(true));
  }, [dispatch]);

  const form = useCodeForm({
    initial: { code: '' },
    idPrefix: 'mfa-totp',
    action: ({ code }) => confirmTotp(normalizeCode(code)),
    onSuccess: (result) => onEnabled(result ?? {}),
  });

  return (
    <section className="mfa-enrolment" aria-labelledby="mfa-totp-title">
      <h2 id="mfa-totp-title" tabIndex={-1} ref={headingRef}>
        {intl.formatMessage(messages.totpTitle)}
      </h2>
      {!setup && (
        <p role="status">
          {intl.formatMessage(
            startFailed ? messages.startFailed : messages.totpPreparing,
          )}
        </p>
      )}
      {setup && (
        <ol className="mfa-steps">
          <li>{intl.formatMessage(messages.totpStepInstall)}</li>
          <li>
            <p>{intl.formatMessage(messages.totpStepScan)}</p>
            <Image
              className="mfa-qr"
              src={setup.qr_svg}
              alt={intl.formatMessage(messages.qrAlt)}
              width="200"
              height="200"
            />
            <p>{intl.formatMessage(messages.totpManual)}</p>
            <p className="mfa-secret">
              <span>{intl.formatMessage(messages.secretLabel)} </span>
              <code id="mfa-secret">{groupKey(setup.secret)}</code>
            </p>
            {setup.otpauth_uri && (
              <p>
                <a href={setup.otpauth_uri}>
                  {intl.formatMessage(messages.totpOpenApp)}
                </a>
              </p>
            )}
          </li>
          <li>
            <p>{intl.formatMessage(messages.totpStepConfirm)}</p>
            <form
              className="security-form"
              method="post"
              noValidate
              onSubmit={form.onSubmit}
            >
              <CodeField
                id="mfa-totp-code"
                form={form}
                label={intl.formatMessage(messages.code)}
              />
              <FormProblem form={form} />
              <div className="security-actions">
                <SubmitButton form={form} primary>
                  {intl.formatMessage(messages.confirm)}
                </SubmitButton>
              </div>
            </form>
          </li>
        </ol>
      )}
      <div className="security-actions">
        <button type="button" className="ui button basic" onClick={onCancel}>
          {intl.formatMessage(messages.cancel)}
        </button>
      </div>
    </section>
  );
};

TotpEnrolment.propTypes = {
  onEnabled: PropTypes.func.isRequired,
  onCancel: PropTypes.func.isRequired,
};

export default TotpEnrolment;

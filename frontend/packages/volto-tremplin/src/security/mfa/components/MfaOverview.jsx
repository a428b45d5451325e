import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import messages from '../messages';
import ConfirmChangeForm from './ConfirmChangeForm';

/** What is on, and the choices that follow from it. */
const MfaOverview = ({ status, onSetUp, onCodes, onDisabled }) => {
  const intl = useIntl();
  const { data, loading, error } = status;
  if (!data) {
    return (
      <p role="status">
        {intl.formatMessage(
          error && !loading ? messages.loadFailed : messages.loading,
        )}
      </p>
    );
  }
  const methods = data.methods ?? [];
  if (!data.enabled) {
    return (
      <>
        <p>
          <strong>{intl.formatMessage(messages.stateOff)}</strong>
        </p>
        <h2>{intl.formatMessage(messages.chooseMethod)}</h2>
        <ul className="mfa-methods">
          <li>
            <button
              type="button"
              className="ui button primary"
              onClick={() => onSetUp('totp')}
              aria-describedby="mfa-totp-help"
            >
              {intl.formatMessage(messages.setUpTotp)}
            </button>
            <p id="mfa-totp-help" className="security-help">
              {intl.formatMessage(messages.setUpTotpHelp)}
            </p>
          </li>
          <li>
            <button
              type="button"
              className="ui button"
              onClick={() => onSetUp('sms')}
              aria-describedby="mfa-sms-help"
            >
              {intl.formatMessage(messages.setUpSms)}
            </button>
            <p id="mfa-sms-help" className="security-help">
              {intl.formatMessage(messages.setUpSmsHelp)}
            </p>
          </li>
        </ul>
      </>
    );
  }
  return (
    <>
      <p>
        <strong>{intl.formatMessage(messages.stateOn)}</strong>
      </p>
      <dl className="mfa-summary">
        <div>
          <dt>{intl.formatMessage(messages.methodsLabel)}</dt>
          <dd>
            <ul>
              {methods.includes('totp') && (
                <li>{intl.formatMessage(messages.methodTotp)}</li>
              )}
              {methods.includes('sms') && (
                <li>
                  {intl.formatMessage(messages.methodSms, {
                    phone: data.sms?.phone ?? '',
                  })}
                </li>
              )}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{intl.formatMessage(messages.codesLeftLabel)}</dt>
          <dd>
            {intl.formatMessage(messages.codesLeft, {
              count: Number(data.recovery_codes_left) || 0,
            })}
          </dd>
        </div>
      </dl>
      <div className="security-actions">
        {!methods.includes('totp') && (
          <button
            type="button"
            className="ui button"
            onClick={() => onSetUp('totp')}
          >
            {intl.formatMessage(messages.addTotp)}
          </button>
        )}
        {!methods.includes('sms') && (
          <button
            type="button"
            className="ui button"
            onClick={() => onSetUp('sms')}
          >
            {intl.formatMessage(messages.addSms)}
          </button>
        )}
      </div>
      <ConfirmChangeForm
        change="renew"
        hasSms={methods.includes('sms')}
        onDone={(result) => onCodes(result.recovery_codes ?? [])}
      />
      <ConfirmChangeForm
        change="disable"
        hasSms={methods.includes('sms')}
        onDone={onDisabled}
        warning={
          data.required
            ? intl.formatMessage(messages.requiredByRole)
            : undefined
        }
      />
    </>
  );
};

MfaOverview.propTypes = {
  status: PropTypes.shape({
    data: PropTypes.object,
    loading: PropTypes.bool,
    error: PropTypes.any,
  }).isRequired,
  onSetUp: PropTypes.func.isRequired,
  onCodes: PropTypes.func.isRequired,
  onDisabled: PropTypes.func.isRequired,
};

export default MfaOverview;

import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import messages from './messages';
import './Captcha.scss';

/** The name the backend reads (security.captcha.honeypot_errors). */
export const HONEYPOT_FIELD = 'website';

/**
 * A field people never see nor reach (hidden from screen readers, out of the
 * tab order, no autofill) that form-filling robots tend to fill in: the
 * backend refuses a request where it is not empty. Send `value` as
 * `website`.
 */
const Honeypot = ({ id, value, onChange }) => {
  const intl = useIntl();
  return (
    <div className="tremplin-honeypot" aria-hidden="true">
      <label htmlFor={id}>{intl.formatMessage(messages.honeypotLabel)}</label>
      <input
        id={id}
        name={HONEYPOT_FIELD}
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
};

Honeypot.propTypes = {
  id: PropTypes.string.isRequired,
  value: PropTypes.string.isRequired,
  onChange: PropTypes.func.isRequired,
};

export default Honeypot;

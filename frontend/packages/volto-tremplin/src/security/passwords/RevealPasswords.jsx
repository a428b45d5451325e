/**
 * "Show the password(s)": a real checkbox with its label, so that keyboard
 * and screen-reader users find it where they type.
 */
import PropTypes from 'prop-types';

const RevealPasswords = ({ id, checked, onChange, label }) => (
  <div className="registration-reveal">
    <input
      id={id}
      type="checkbox"
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
    />
    <label htmlFor={id}>{label}</label>
  </div>
);

RevealPasswords.propTypes = {
  id: PropTypes.string.isRequired,
  checked: PropTypes.bool.isRequired,
  onChange: PropTypes.func.isRequired,
  label: PropTypes.string.isRequired,
};

export default RevealPasswords;

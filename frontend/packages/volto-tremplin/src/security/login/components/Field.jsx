/**
 * A labelled input of the security forms (login, two-step verification):
 * its help and error texts are tied to it by aria-describedby, and it is
 * aria-invalid while it has an error.
 */
import PropTypes from 'prop-types';

export const describedBy = (...ids) =>
  ids.filter(Boolean).join(' ') || undefined;

const Field = ({
  id,
  name,
  label,
  value,
  onChange,
  error,
  help,
  describedByIds,
  ...rest
}) => (
  <div className="security-field">
    <label htmlFor={id}>{label}</label>
    {help && (
      <p id={`${id}-help`} className="security-help">
        {help}
      </p>
    )}
    <input
      id={id}
      name={name}
      type="text"
      value={value}
      onChange={(event) => onChange(name, event.target.value)}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(
        help && `${id}-help`,
        error && `${id}-error`,
        ...(describedByIds || []),
      )}
      {...rest}
    />
    {error && (
      <p id={`${id}-error`} className="security-error">
        {error}
      </p>
    )}
  </div>
);

Field.propTypes = {
  id: PropTypes.string.isRequired,
  name: PropTypes.string.isRequired,
  label: PropTypes.string.isRequired,
  value: PropTypes.string.isRequired,
  onChange: PropTypes.func.isRequired,
  error: PropTypes.string,
  help: PropTypes.string,
  describedByIds: PropTypes.arrayOf(PropTypes.string),
};

export default Field;

import PropTypes from 'prop-types';
import { isFilled } from '../../companies/fields';

/**
 * One label/value pair of a profile's definition list (<dl>), omitted when
 * the value is empty; a list of values becomes a list.
 */
const ProfileField = ({ label, value }) =>
  isFilled(value) ? (
    <div className="profile-field">
      <dt>{label}</dt>
      <dd>
        {Array.isArray(value) ? (
          <ul className="profile-values">
            {value.map((item, index) => (
              <li key={`${item}-${index}`}>{item}</li>
            ))}
          </ul>
        ) : (
          value
        )}
      </dd>
    </div>
  ) : null;

ProfileField.propTypes = {
  label: PropTypes.node.isRequired,
  value: PropTypes.node,
};

export default ProfileField;

import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { SORT_KEYS } from '../constants';
import messages from '../messages';

/** The order of the results, and the OIF's recommended profiles first. */
const SortOptions = ({ sortOn, isRecommendedFirst, onChange }) => {
  const intl = useIntl();
  return (
    <div className="directory-options">
      <div className="directory-option">
        <label htmlFor="directory-sort">
          {intl.formatMessage(messages.sortLabel)}
        </label>
        <select
          id="directory-sort"
          value={sortOn}
          onChange={(event) => onChange('sort_on', event.target.value)}
        >
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {intl.formatMessage(messages[`sort_${key}`])}
            </option>
          ))}
        </select>
      </div>
      <div className="directory-option">
        <input
          type="checkbox"
          id="directory-recommended-first"
          checked={isRecommendedFirst}
          onChange={(event) =>
            onChange('recommended_first', event.target.checked)
          }
        />
        <label htmlFor="directory-recommended-first">
          {intl.formatMessage(messages.recommendedFirst)}
        </label>
      </div>
    </div>
  );
};

SortOptions.propTypes = {
  sortOn: PropTypes.string.isRequired,
  isRecommendedFirst: PropTypes.bool.isRequired,
  onChange: PropTypes.func.isRequired,
};

export default SortOptions;

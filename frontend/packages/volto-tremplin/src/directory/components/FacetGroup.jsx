import { useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { SHORT_FACET_LENGTH } from '../constants';
import messages from '../messages';

/** A token as a piece of an element id (tags hold spaces and accents). */
const idPart = (token) =>
  String(token).replace(/[^\w-]/g, (char) => `_${char.codePointAt(0)}`);

/**
 * The values of one facet as checkboxes with their counts, in a fieldset
 * named by its legend. A long list shows its first values and the selected
 * ones until the reader asks for all of them. Selected values the server
 * did not list (yet) are kept, so that they can be unticked.
 */
const FacetGroup = ({ facet, values, selected, onToggle }) => {
  const intl = useIntl();
  const [isExpanded, setExpanded] = useState(false);
  const listed = new Set(values.map(({ token }) => token));
  const all = [
    ...values,
    ...selected
      .filter((token) => !listed.has(token))
      .map((token) => ({ token, title: token, count: 0 })),
  ];
  if (all.length === 0) {
    return null;
  }
  const isLong = all.length > SHORT_FACET_LENGTH + 1;
  const shown =
    isExpanded || !isLong
      ? all
      : all.filter(
          ({ token }, index) =>
            index < SHORT_FACET_LENGTH || selected.includes(token),
        );
  const listId = `directory-facet-${facet}`;
  return (
    <fieldset className="directory-facet">
      <legend>{intl.formatMessage(messages[`facet_${facet}`])}</legend>
      <ul id={listId} className="directory-facet-values">
        {shown.map(({ token, title, count }) => {
          const id = `${listId}-${idPart(token)}`;
          return (
            <li key={token}>
              <input
                type="checkbox"
                id={id}
                checked={selected.includes(token)}
                onChange={(event) =>
                  onToggle(facet, token, event.target.checked)
                }
              />
              <label htmlFor={id}>
                {intl.formatMessage(messages.facetValue, {
                  title: title || token,
                  count,
                })}
              </label>
            </li>
          );
        })}
      </ul>
      {isLong && (
        <button
          type="button"
          className="directory-link-button"
          aria-expanded={isExpanded}
          aria-controls={listId}
          onClick={() => setExpanded(!isExpanded)}
        >
          {isExpanded
            ? intl.formatMessage(messages.showFewer)
            : intl.formatMessage(messages.showAll, { count: all.length })}
        </button>
      )}
    </fieldset>
  );
};

FacetGroup.propTypes = {
  facet: PropTypes.string.isRequired,
  values: PropTypes.arrayOf(
    PropTypes.shape({
      token: PropTypes.string.isRequired,
      title: PropTypes.string,
      count: PropTypes.number,
    }),
  ).isRequired,
  selected: PropTypes.arrayOf(PropTypes.string).isRequired,
  onToggle: PropTypes.func.isRequired,
};

export default FacetGroup;

import { useEffect, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { MAX_TEXT_LENGTH } from '../constants';
import messages from '../messages';

/**
 * The free-text search: the text of the page's query, sent when the form
 * is submitted (the button or Enter), not at each key stroke: each search
 * is a request on a slow network.
 */
const SearchForm = ({ text, onSearch, inputRef }) => {
  const intl = useIntl();
  const [value, setValue] = useState(text);
  // The back button brings another query: show its text.
  useEffect(() => setValue(text), [text]);
  return (
    <form
      className="directory-search"
      role="search"
      aria-label={intl.formatMessage(messages.searchLabel)}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(value.trim());
      }}
    >
      <label htmlFor="directory-q">
        {intl.formatMessage(messages.searchLabel)}
      </label>
      <p id="directory-q-help" className="directory-help">
        {intl.formatMessage(messages.searchHelp)}
      </p>
      <div className="directory-search-row">
        <input
          id="directory-q"
          ref={inputRef}
          type="search"
          name="q"
          value={value}
          maxLength={MAX_TEXT_LENGTH}
          aria-describedby="directory-q-help"
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" className="ui primary button">
          {intl.formatMessage(messages.searchButton)}
        </button>
      </div>
    </form>
  );
};

SearchForm.propTypes = {
  text: PropTypes.string.isRequired,
  onSearch: PropTypes.func.isRequired,
  inputRef: PropTypes.oneOfType([PropTypes.func, PropTypes.object]),
};

export default SearchForm;

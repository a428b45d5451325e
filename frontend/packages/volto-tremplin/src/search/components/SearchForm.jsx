import { useEffect, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useHistory } from 'react-router-dom';
import { MAX_TEXT_LENGTH } from '../constants';
import messages from '../messages';
import { searchUrl } from '../query';

/**
 * The search field of the results page, with its visible label. Without
 * JavaScript the form still works: a GET to the same page.
 */
const SearchForm = ({ language, text }) => {
  const intl = useIntl();
  const history = useHistory();
  const [value, setValue] = useState(text);
  useEffect(() => setValue(text), [text]);

  const onSubmit = (event) => {
    event.preventDefault();
    history.push(searchUrl(language, value.trim()));
  };
  return (
    <form
      role="search"
      className="search-page-form"
      action={`/${language}/search`}
      method="get"
      onSubmit={onSubmit}
    >
      <label htmlFor="search-page-text">
        {intl.formatMessage(messages.label)}
      </label>
      <div className="search-page-field">
        <input
          id="search-page-text"
          type="search"
          name="SearchableText"
          value={value}
          maxLength={MAX_TEXT_LENGTH}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" className="ui primary button">
          {intl.formatMessage(messages.submit)}
        </button>
      </div>
    </form>
  );
};

SearchForm.propTypes = {
  language: PropTypes.string.isRequired,
  text: PropTypes.string.isRequired,
};

export default SearchForm;

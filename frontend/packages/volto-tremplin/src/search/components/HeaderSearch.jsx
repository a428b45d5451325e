import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useSelector } from 'react-redux';
import { useHistory, useLocation } from 'react-router-dom';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import zoomSVG from '@plone/volto/icons/zoom.svg';
import {
  DEFAULT_LANGUAGE,
  SUPPORTED_LANGUAGES,
  languageOfPath,
} from '../../site/language';
import { MAX_TEXT_LENGTH } from '../constants';
import messages from '../messages';
import { searchUrl } from '../query';

/**
 * The header's search field: it always opens the results page of the
 * language root (/fr/search, /en/search), whatever page the reader is on.
 */
const HeaderSearch = () => {
  const intl = useIntl();
  const history = useHistory();
  const { pathname } = useLocation();
  const locale = useSelector((state) => state.intl?.locale);
  const [text, setText] = useState('');
  const language =
    languageOfPath(pathname) ||
    (SUPPORTED_LANGUAGES.includes(locale) ? locale : DEFAULT_LANGUAGE);
  const label = intl.formatMessage(messages.headerLabel);

  const onSubmit = (event) => {
    event.preventDefault();
    history.push(searchUrl(language, text.trim()));
    setText('');
  };
  return (
    <form
      className="ui form"
      action={`/${language}/search`}
      method="get"
      onSubmit={onSubmit}
    >
      <div className="field searchbox">
        <div className="ui transparent input">
          <input
            type="search"
            name="SearchableText"
            aria-label={label}
            placeholder={label}
            autoComplete="off"
            maxLength={MAX_TEXT_LENGTH}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <button
          type="submit"
          aria-label={intl.formatMessage(messages.headerSubmit)}
        >
          <Icon name={zoomSVG} size="18px" />
        </button>
      </div>
    </form>
  );
};

export default HeaderSearch;

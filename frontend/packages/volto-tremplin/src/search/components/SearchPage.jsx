import { useEffect, useRef } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import config from '@plone/volto/registry';
import PageToolbar from '../../moderation/components/PageToolbar';
import { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES } from '../../site/language';
import { searchGroup } from '../actions';
import { OVERVIEW_SIZE, PAGE_SIZE } from '../constants';
import messages from '../messages';
import { readSearchParams, searchUrl } from '../query';
import SearchForm from './SearchForm';
import SearchGroup from './SearchGroup';
import './SearchPage.scss';
import PageMeta from '../../seo/components/PageMeta';

/** What the reader is told in the live region, and when. */
function statusOf(intl, { text, loading, failed, total }) {
  if (!text) {
    return '';
  }
  if (loading) {
    return intl.formatMessage(messages.loading);
  }
  if (failed) {
    return intl.formatMessage(messages.error);
  }
  return intl.formatMessage(messages.count, { count: total, text });
}

/** No result at all: what to try next. */
const EmptyState = ({ language, text }) => {
  const intl = useIntl();
  const other = SUPPORTED_LANGUAGES.find((lang) => lang !== language);
  return (
    <div className="search-empty">
      <p>{intl.formatMessage(messages.emptyTitle, { text })}</p>
      <p>{intl.formatMessage(messages.emptyAdvice)}</p>
      <ul>
        <li>{intl.formatMessage(messages.adviceSpelling)}</li>
        <li>{intl.formatMessage(messages.adviceFewerWords)}</li>
        {other && (
          <li>
            <Link to={searchUrl(other, text)}>
              {intl.formatMessage(messages.adviceOtherLanguage)}
            </Link>
          </li>
        )}
      </ul>
    </div>
  );
};

EmptyState.propTypes = {
  language: PropTypes.string.isRequired,
  text: PropTypes.string.isRequired,
};

/**
 * The platform search (/fr/search?SearchableText=…): one @search per group
 * of config.settings.tremplinSearchGroups, in parallel, each shown with its
 * count and first results; `type=<group id>` shows one group, paginated.
 */
const SearchPage = ({ location, match }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const locale = useSelector((state) => state.intl?.locale);
  const token = useSelector((state) => state.userSession?.token);
  const search = useSelector((state) => state.tremplinSearch);
  const language =
    match?.params?.lang ||
    (SUPPORTED_LANGUAGES.includes(locale) ? locale : DEFAULT_LANGUAGE);
  const allGroups = config.settings.tremplinSearchGroups || [];
  const {
    text,
    group: onlyGroup,
    page,
  } = readSearchParams(location.search, allGroups);
  const groups = onlyGroup ? [onlyGroup] : allGroups;
  const key = text
    ? [language, text, onlyGroup?.id ?? '', page].join('\u0000')
    : null;

  // Moving to another page of one group: its heading gets the focus.
  const shownPage = useRef({ group: null, page: null, moved: false });
  useEffect(() => {
    const before = shownPage.current;
    shownPage.current = {
      group: onlyGroup?.id ?? null,
      page,
      moved: Boolean(onlyGroup) && before.group === onlyGroup.id,
    };
    if (!key) {
      return;
    }
    const b_size = onlyGroup ? PAGE_SIZE : OVERVIEW_SIZE;
    const b_start = (page - 1) * b_size;
    // Failures are kept per group by the reducer: one group may fail alone.
    Promise.all(
      groups.map((group) =>
        dispatch(
          searchGroup(language, group, text, { key, b_start, b_size }),
        ).catch(() => null),
      ),
    );
    // The key says everything the requests depend on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, dispatch]);

  const current = key && search?.key === key ? search.groups : {};
  const results = groups.map((group) => [group, current[group.id]]);
  const loading = results.some(([, state]) => !state || state.loading);
  const failed = !loading && results.every(([, state]) => state.error);
  const total = loading
    ? 0
    : results.reduce((sum, [, state]) => sum + (state.total || 0), 0);
  const done = Boolean(text) && !loading && !failed;
  const shown = results.filter(
    ([, state]) => state && !state.loading && (state.error || state.total > 0),
  );
  const empty = results.filter(
    ([, state]) => state && state.loaded && state.total === 0,
  );
  const title = text
    ? intl.formatMessage(messages.titleWithText, { text })
    : intl.formatMessage(messages.title);

  return (
    <Container id="page-search" className="tremplin-search">
      <PageMeta title={title} noindex />
      <h1>{title}</h1>
      {!text && <p>{intl.formatMessage(messages.intro)}</p>}
      <SearchForm language={language} text={text} />
      <p role="status" aria-live="polite" className="tremplin-status">
        {statusOf(intl, { text, loading, failed, total })}
      </p>
      {!text && <p>{intl.formatMessage(messages.prompt)}</p>}
      {text && onlyGroup && (
        <p>
          <Link to={searchUrl(language, text)}>
            {intl.formatMessage(messages.allTypes)}
          </Link>
        </p>
      )}
      {done && total === 0 && <EmptyState language={language} text={text} />}
      {done &&
        shown.map(([group, state]) => (
          <SearchGroup
            key={group.id}
            group={group}
            results={state}
            language={language}
            text={text}
            page={onlyGroup ? page : undefined}
            focusOnMount={shownPage.current.moved}
          />
        ))}
      {done && total > 0 && empty.length > 0 && (
        <p className="search-empty-groups">
          {intl.formatMessage(messages.emptyGroups, {
            groups: empty
              .map(([group]) => intl.formatMessage(group.title))
              .join(', '),
          })}
        </p>
      )}
      {text && !token && groups.some((group) => group.directoryKind) && (
        <p className="search-sign-in">
          {intl.formatMessage(messages.signIn)}{' '}
          <Link
            to={`/login?return_url=${encodeURIComponent(
              searchUrl(language, text),
            )}`}
          >
            {intl.formatMessage(messages.signInLink)}
          </Link>
        </p>
      )}
      <PageToolbar
        pathname={location.pathname}
        backTo={`/${language}`}
        backLabel={intl.formatMessage(messages.back)}
      />
    </Container>
  );
};

SearchPage.propTypes = {
  location: PropTypes.shape({
    pathname: PropTypes.string,
    search: PropTypes.string,
  }).isRequired,
  match: PropTypes.shape({ params: PropTypes.object }),
};

export default SearchPage;

import { useEffect, useMemo, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { useHistory, useLocation } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import RenderBlocks from '@plone/volto/components/theme/View/RenderBlocks';
import { hasBlocksData } from '@plone/volto/helpers/Blocks/Blocks';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { useDirectoryAccess } from '../access';
import { getDirectory } from '../actions';
import { CACHE_TTL, FACETS, PAGE_SIZE } from '../constants';
import messages from '../messages';
import {
  defaultSort,
  hasFilters,
  parseQuery,
  toSearch,
  withFacetValue,
  withoutFilters,
  withSetting,
} from '../query';
import { cachedAnswer, latestAnswer } from '../reducers';
import AccessNotice from './AccessNotice';
import DirectoryResults, { statusOf } from './DirectoryResults';
import FacetGroup from './FacetGroup';
import SearchForm from './SearchForm';
import SortOptions from './SortOptions';
import './Directory.scss';

const locationWith = (pathname, query) => {
  const search = toSearch(query);
  return { pathname, search: search ? `?${search}` : '' };
};

/**
 * The directory page (/fr/annuaire, /en/directory: a Document whose layout
 * is directory_view): its own blocks, then the search of verified
 * companies and experts through GET @tremplin-directory under the language
 * root. The page's query string is the search, with the API's parameter
 * names: each change is pushed to the history, so the back button and a
 * shared link give the same results. Anonymous visitors and Guests get a
 * notice and no request.
 */
const DirectoryView = ({ content }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const location = useLocation();
  const history = useHistory();
  const resultsHeading = useRef(null);
  const { access, userId } = useDirectoryAccess();
  const directory = useSelector((state) => state.directory);
  // Answers older than this visit's TTL are asked for again.
  const [freshSince] = useState(() => Date.now() - CACHE_TTL);
  const [attempt, setAttempt] = useState(0);

  const language = content.language?.token || intl.locale || 'fr';
  const root = `/${language}`;
  const query = useMemo(() => parseQuery(location.search), [location.search]);
  const search = toSearch(query);
  const keyPrefix = `${userId}|${root}|`;
  const key = `${keyPrefix}${search}`;
  const canSearch = access === 'member' || access === 'reviewer';
  const cached = cachedAnswer(directory, key, freshSince);
  const error = !cached && directory?.key === key ? directory.error : null;
  const isRefused = [401, 403].includes(statusOf(error));

  const hasCached = Boolean(cached);
  useEffect(() => {
    if (canSearch && !hasCached) {
      dispatch(getDirectory(root, search, key)).catch(() => null);
    }
    // `attempt` changes on “Try again”.
  }, [dispatch, canSearch, root, search, key, hasCached, attempt]);

  const go = (next) => history.push(locationWith(location.pathname, next));
  const focusResults = () => resultsHeading.current?.focus();
  const clear = () => {
    go(withoutFilters(query));
    focusResults();
  };

  const isLoading = canSearch && !cached && !error;
  const result =
    cached ?? (isLoading ? latestAnswer(directory, keyPrefix) : null);
  const facets = result?.facets ?? {};

  return (
    <Container id="page-document" className="view-wrapper directory-view">
      {hasBlocksData(content) ? (
        <RenderBlocks
          content={content}
          location={location}
          path={flattenToAppURL(content['@id'] || '')}
        />
      ) : (
        <h1 className="documentFirstHeading">{content.title}</h1>
      )}
      {access === 'pending' && (
        <p>{intl.formatMessage(messages.checkingAccess)}</p>
      )}
      {(['anonymous', 'guest'].includes(access) || isRefused) && (
        <AccessNotice
          isAnonymous={access === 'anonymous'}
          language={language}
          returnTo={`${location.pathname}${location.search}`}
        />
      )}
      {canSearch && !isRefused && (
        <>
          <SearchForm
            text={query.q}
            onSearch={(q) => go(withSetting(query, 'q', q))}
          />
          <div className="directory-layout">
            <section
              className="directory-filters"
              aria-labelledby="directory-filters-heading"
            >
              <h2 id="directory-filters-heading">
                {intl.formatMessage(messages.filtersHeading)}
              </h2>
              {hasFilters(query) && (
                <button
                  type="button"
                  className="directory-link-button"
                  onClick={clear}
                >
                  {intl.formatMessage(messages.clearFilters)}
                </button>
              )}
              {access === 'reviewer' && (
                <div className="directory-option">
                  <input
                    type="checkbox"
                    id="directory-verified-only"
                    checked={query.verified_only}
                    onChange={(event) =>
                      go(
                        withSetting(
                          query,
                          'verified_only',
                          event.target.checked,
                        ),
                      )
                    }
                  />
                  <label htmlFor="directory-verified-only">
                    {intl.formatMessage(messages.verifiedOnly)}
                  </label>
                </div>
              )}
              {FACETS.map((facet) => (
                <FacetGroup
                  key={facet}
                  facet={facet}
                  values={facets[facet] ?? []}
                  selected={query[facet]}
                  onToggle={(name, token, isSelected) =>
                    go(withFacetValue(query, name, token, isSelected))
                  }
                />
              ))}
            </section>
            <section
              className="directory-results"
              aria-labelledby="directory-results-heading"
              aria-busy={isLoading}
            >
              <DirectoryResults
                result={result}
                isLoading={isLoading}
                error={error}
                hasFilters={hasFilters(query)}
                onClear={clear}
                onRetry={() => setAttempt(attempt + 1)}
                locationOfPage={(page) =>
                  locationWith(location.pathname, {
                    ...query,
                    b_start: (page - 1) * (result?.b_size || PAGE_SIZE),
                  })
                }
                onNavigate={focusResults}
              >
                <h2
                  id="directory-results-heading"
                  ref={resultsHeading}
                  tabIndex={-1}
                >
                  {intl.formatMessage(messages.resultsHeading)}
                </h2>
                <SortOptions
                  sortOn={
                    query.sort_on || result?.sort_on || defaultSort(query)
                  }
                  isRecommendedFirst={query.recommended_first}
                  onChange={(name, value) =>
                    go(withSetting(query, name, value))
                  }
                />
              </DirectoryResults>
            </section>
          </div>
        </>
      )}
    </Container>
  );
};

DirectoryView.propTypes = {
  content: PropTypes.shape({
    '@id': PropTypes.string,
    title: PropTypes.string,
    language: PropTypes.shape({ token: PropTypes.string }),
  }).isRequired,
};

export default DirectoryView;

import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { fieldErrorsFrom } from '../../moderation/review';
import messages from '../messages';
import { pageInfo } from '../query';
import DirectoryPagination from './DirectoryPagination';
import ResultCard from './ResultCard';

/** Status code of a failed request (Volto's API helper or the response). */
export const statusOf = (error) => error?.status ?? error?.response?.status;

/** What the live region says: searching, or how many profiles were found. */
function statusText(intl, { result, isLoading, error }) {
  if (isLoading) {
    return intl.formatMessage(messages.loading);
  }
  if (error || !result) {
    return '';
  }
  const total = Number(result.items_total) || 0;
  const { current, count } = pageInfo(result.b_start, result.b_size, total);
  return count > 1
    ? intl.formatMessage(messages.countPaged, {
        count: total,
        page: current,
        pages: count,
      })
    : intl.formatMessage(messages.count, { count: total });
}

/** The server refused the query (400): its messages, one per parameter. */
const BadQuery = ({ error, onClear, intl }) => (
  <div className="directory-error" role="alert">
    {Object.values(fieldErrorsFrom(error))
      .filter(Boolean)
      .map((message) => (
        <p key={message}>
          {intl.formatMessage(messages.badQuery, { message })}
        </p>
      ))}
    <button type="button" className="ui button" onClick={onClear}>
      {intl.formatMessage(messages.clearFilters)}
    </button>
  </div>
);

/**
 * The results part: the live count, then the error, the empty state or
 * the cards and their pages. While a new answer is on its way the last one
 * stays (aria-busy), which keeps the page steady on a slow network.
 */
const DirectoryResults = ({
  result,
  isLoading,
  error,
  hasFilters,
  onClear,
  onRetry,
  locationOfPage,
  onNavigate,
  children,
}) => {
  const intl = useIntl();
  const items = result?.items ?? [];
  const total = Number(result?.items_total) || 0;
  const { current, count } = pageInfo(result?.b_start, result?.b_size, total);
  const isBadQuery = statusOf(error) === 400;
  return (
    <>
      {children}
      <p role="status" aria-live="polite" className="directory-count">
        {statusText(intl, { result, isLoading, error })}
      </p>
      {error && isBadQuery && (
        <BadQuery error={error} onClear={onClear} intl={intl} />
      )}
      {error && !isBadQuery && (
        <div className="directory-error" role="alert">
          <p>{intl.formatMessage(messages.loadError)}</p>
          <button type="button" className="ui button" onClick={onRetry}>
            {intl.formatMessage(messages.retry)}
          </button>
        </div>
      )}
      {!error && result && !isLoading && items.length === 0 && (
        <div className="directory-empty">
          <p>{intl.formatMessage(messages.empty)}</p>
          {hasFilters && (
            <>
              <p>{intl.formatMessage(messages.emptyHint)}</p>
              <button type="button" className="ui button" onClick={onClear}>
                {intl.formatMessage(messages.clearFilters)}
              </button>
            </>
          )}
        </div>
      )}
      {!error && items.length > 0 && (
        <>
          <ol
            className="directory-list"
            start={(Number(result.b_start) || 0) + 1}
          >
            {items.map((item) => (
              <li key={item.UID || item['@id']}>
                <ResultCard item={item} />
              </li>
            ))}
          </ol>
          <DirectoryPagination
            current={current}
            count={count}
            locationOf={locationOfPage}
            onNavigate={onNavigate}
          />
        </>
      )}
    </>
  );
};

DirectoryResults.propTypes = {
  result: PropTypes.shape({
    items_total: PropTypes.number,
    b_start: PropTypes.number,
    b_size: PropTypes.number,
    items: PropTypes.arrayOf(PropTypes.object),
  }),
  isLoading: PropTypes.bool.isRequired,
  error: PropTypes.object,
  hasFilters: PropTypes.bool.isRequired,
  onClear: PropTypes.func.isRequired,
  onRetry: PropTypes.func.isRequired,
  locationOfPage: PropTypes.func.isRequired,
  onNavigate: PropTypes.func,
  children: PropTypes.node,
};

export default DirectoryResults;

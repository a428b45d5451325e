import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import messages from '../messages';
import { pagesToShow } from '../query';

/**
 * Links to the other pages of results (real links: each page has its
 * address). `locationOf(page)` is the address of a page; `onNavigate` runs
 * when one is followed.
 */
const DirectoryPagination = ({ current, count, locationOf, onNavigate }) => {
  const intl = useIntl();
  if (count <= 1) {
    return null;
  }
  return (
    <nav
      className="directory-pagination"
      aria-label={intl.formatMessage(messages.paginationLabel)}
    >
      <ul>
        {current > 1 && (
          <li>
            <Link to={locationOf(current - 1)} rel="prev" onClick={onNavigate}>
              <span aria-hidden="true">‹</span>{' '}
              {intl.formatMessage(messages.previousPage)}
            </Link>
          </li>
        )}
        {pagesToShow(current, count).map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} className="directory-pagination-gap">
              …
            </li>
          ) : (
            <li key={page}>
              <Link
                to={locationOf(page)}
                aria-label={intl.formatMessage(messages.page, { number: page })}
                aria-current={page === current ? 'page' : undefined}
                onClick={onNavigate}
              >
                {page}
              </Link>
            </li>
          ),
        )}
        {current < count && (
          <li>
            <Link to={locationOf(current + 1)} rel="next" onClick={onNavigate}>
              {intl.formatMessage(messages.nextPage)}{' '}
              <span aria-hidden="true">›</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
};

DirectoryPagination.propTypes = {
  current: PropTypes.number.isRequired,
  count: PropTypes.number.isRequired,
  locationOf: PropTypes.func.isRequired,
  onNavigate: PropTypes.func,
};

export default DirectoryPagination;

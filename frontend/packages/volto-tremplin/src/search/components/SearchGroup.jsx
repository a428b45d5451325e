import { useEffect, useRef } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import messages from '../messages';
import { pageCount, searchUrl, seeAllUrl } from '../query';

/**
 * Whether “see all” is worth a link: the directory (filters, sorting) is,
 * as soon as there is a profile; this page's own list only when it holds
 * more than the overview shows.
 */
const hasMore = (group, total, items) =>
  group.directoryKind ? total > 0 : total > items.length;

/** Links to the pages of one group's results, ten at most around `page`. */
const Pagination = ({ language, text, group, page, total }) => {
  const intl = useIntl();
  const last = pageCount(total);
  const first = Math.max(1, Math.min(page - 4, last - 9));
  const numbers = [];
  for (let n = first; n <= Math.min(last, first + 9); n += 1) {
    numbers.push(n);
  }
  const urlOf = (n) => searchUrl(language, text, { type: group.id, page: n });
  return (
    <nav
      className="search-pagination"
      aria-label={intl.formatMessage(messages.pagination)}
    >
      <ul>
        {page > 1 && (
          <li>
            <Link to={urlOf(page - 1)} rel="prev">
              {intl.formatMessage(messages.previous)}
            </Link>
          </li>
        )}
        {numbers.map((n) => (
          <li key={n}>
            <Link
              to={urlOf(n)}
              aria-label={intl.formatMessage(messages.page, { page: n })}
              aria-current={n === page ? 'page' : undefined}
            >
              {n}
            </Link>
          </li>
        ))}
        {page < last && (
          <li>
            <Link to={urlOf(page + 1)} rel="next">
              {intl.formatMessage(messages.next)}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
};

Pagination.propTypes = {
  language: PropTypes.string.isRequired,
  text: PropTypes.string.isRequired,
  group: PropTypes.shape({ id: PropTypes.string }).isRequired,
  page: PropTypes.number.isRequired,
  total: PropTypes.number.isRequired,
};

/**
 * One group of results (companies, experts, pages…): a heading with its
 * count, its results, then a link to all of them, or (on the group's own
 * page, `page` given) links to its other pages.
 */
const SearchGroup = ({
  group,
  results,
  language,
  text,
  page,
  focusOnMount,
}) => {
  const intl = useIntl();
  const heading = useRef(null);
  const headingId = `search-group-${group.id}`;
  const title = intl.formatMessage(group.title);

  // Another page of the group's results: the reader goes on from the
  // heading, not from the link she followed at the bottom.
  useEffect(() => {
    if (focusOnMount) {
      heading.current?.focus();
    }
    // Only when the group appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { items, total, error } = results;
  return (
    <section className="search-group" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {error
          ? title
          : intl.formatMessage(messages.groupHeading, {
              group: title,
              count: total,
            })}
      </h2>
      {error ? (
        <p className="search-group-error">
          {intl.formatMessage(messages.groupError)}
        </p>
      ) : (
        <ul className="search-results">
          {items.map((item) => (
            <li key={item['@id']} className="search-result">
              <h3>
                <Link to={flattenToAppURL(item['@id'])}>{item.title}</Link>
              </h3>
              {item.description && <p>{item.description}</p>}
              {item.Subject?.length > 0 && (
                <p className="search-result-tags">
                  {intl.formatMessage(messages.tags, {
                    tags: item.Subject.join(', '),
                  })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {!error && !page && hasMore(group, total, items) && (
        <p className="search-group-all">
          <Link to={seeAllUrl(language, group, text)}>
            {intl.formatMessage(
              group.directoryKind ? messages.seeAllDirectory : messages.seeAll,
              { count: total, group: title },
            )}
          </Link>
        </p>
      )}
      {!error && page && pageCount(total) > 1 && (
        <Pagination
          language={language}
          text={text}
          group={group}
          page={page}
          total={total}
        />
      )}
    </section>
  );
};

SearchGroup.propTypes = {
  group: PropTypes.shape({
    id: PropTypes.string.isRequired,
    title: PropTypes.object.isRequired,
    directoryKind: PropTypes.string,
  }).isRequired,
  results: PropTypes.shape({
    items: PropTypes.array,
    total: PropTypes.number,
    error: PropTypes.any,
  }).isRequired,
  language: PropTypes.string.isRequired,
  text: PropTypes.string.isRequired,
  page: PropTypes.number,
  focusOnMount: PropTypes.bool,
};

export default SearchGroup;

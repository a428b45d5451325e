import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import messages from '../messages';

const titlesOf = (terms) =>
  (terms || []).map((term) => term?.title || term?.token).filter(Boolean);

/** One label and its values; nothing when there is no value. */
const Field = ({ label, values }) =>
  values.length > 0 ? (
    <div className="directory-card-field">
      <dt>{label}</dt>
      <dd>
        <ul className="directory-inline-list">
          {values.map((value, index) => (
            <li key={`${value}-${index}`}>{value}</li>
          ))}
        </ul>
      </dd>
    </div>
  ) : null;

/**
 * One profile of the results: its name links to its page, badges say in
 * words that it is verified or recommended, the logo only decorates (the
 * name follows it).
 */
const ResultCard = ({ item }) => {
  const intl = useIntl();
  const headingId = `directory-result-${item.UID || item['@id'].split('/').pop()}`;
  const countries = titlesOf(item.countries);
  const sectors = titlesOf(item.sectors);
  const kind = messages[`kind_${item['@type']}`];
  const isVerified = item.review_state === 'verified';
  return (
    <article className="directory-card" aria-labelledby={headingId}>
      {item.logo && (
        <img
          className="directory-card-logo"
          src={flattenToAppURL(item.logo)}
          alt=""
          width="64"
          height="64"
          loading="lazy"
          decoding="async"
        />
      )}
      <div className="directory-card-body">
        <h3 id={headingId} className="directory-card-title">
          <Link to={flattenToAppURL(item['@id'])}>{item.title}</Link>
        </h3>
        {(isVerified || item.featured) && (
          <ul className="directory-badges">
            {isVerified && (
              <li className="directory-badge directory-badge-verified">
                <span aria-hidden="true">✓</span>{' '}
                {intl.formatMessage(messages.badgeVerified)}
              </li>
            )}
            {item.featured && (
              <li className="directory-badge directory-badge-featured">
                <span aria-hidden="true">★</span>{' '}
                {intl.formatMessage(messages.badgeFeatured)}
              </li>
            )}
          </ul>
        )}
        {item.description && (
          <p className="directory-card-description">{item.description}</p>
        )}
        <dl className="directory-card-fields">
          <Field
            label={intl.formatMessage(messages.cardKind)}
            values={kind ? [intl.formatMessage(kind)] : []}
          />
          <Field
            label={intl.formatMessage(messages.cardCountries, {
              count: countries.length,
            })}
            values={countries}
          />
          <Field
            label={intl.formatMessage(messages.cardCity)}
            values={item.city ? [item.city] : []}
          />
          <Field
            label={intl.formatMessage(messages.cardSectors, {
              count: sectors.length,
            })}
            values={sectors}
          />
          <Field
            label={intl.formatMessage(messages.cardExpertise)}
            values={titlesOf(item.expertise)}
          />
          <Field
            label={intl.formatMessage(messages.cardTags)}
            values={(item.tags || []).filter(Boolean)}
          />
        </dl>
      </div>
    </article>
  );
};

ResultCard.propTypes = {
  item: PropTypes.shape({
    '@id': PropTypes.string.isRequired,
    '@type': PropTypes.string,
    UID: PropTypes.string,
    title: PropTypes.string.isRequired,
    description: PropTypes.string,
    review_state: PropTypes.string,
    featured: PropTypes.bool,
    city: PropTypes.string,
    logo: PropTypes.string,
    tags: PropTypes.arrayOf(PropTypes.string),
  }).isRequired,
};

export default ResultCard;

import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import messages from '../messages';

/**
 * The report's advice: for each low dimension, what the OIF team
 * recommends and the resources of the platform that match (experts,
 * guides, events), with a way to find more.
 */
const Recommendations = ({ items }) => {
  const intl = useIntl();
  return (
    <section className="assessment-recommendations">
      <h2>{intl.formatMessage(messages.recommendationsTitle)}</h2>
      {items.length === 0 && (
        <p>{intl.formatMessage(messages.noRecommendations)}</p>
      )}
      {items.map((recommendation) => (
        <article
          key={recommendation.rule}
          className="assessment-recommendation"
        >
          <h3>{recommendation.title}</h3>
          <p className="assessment-help">
            {intl.formatMessage(messages.recommendationDimension, {
              title: recommendation.dimension_title,
            })}
          </p>
          <p>{recommendation.advice}</p>
          {recommendation.items.length > 0 ? (
            <ul>
              {recommendation.items.map((item) => (
                <li key={item['@id']}>
                  <Link to={flattenToAppURL(item['@id'])}>{item.title}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p>{intl.formatMessage(messages.noResources)}</p>
          )}
          {recommendation.more && (
            <p>
              <Link to={recommendation.more}>
                {intl.formatMessage(messages.moreResources, {
                  title: recommendation.title,
                })}
              </Link>
            </p>
          )}
        </article>
      ))}
    </section>
  );
};

Recommendations.propTypes = {
  items: PropTypes.arrayOf(
    PropTypes.shape({
      rule: PropTypes.string.isRequired,
      dimension_title: PropTypes.string.isRequired,
      title: PropTypes.string.isRequired,
      advice: PropTypes.string.isRequired,
      items: PropTypes.arrayOf(PropTypes.object).isRequired,
      more: PropTypes.string,
    }),
  ).isRequired,
};

export default Recommendations;

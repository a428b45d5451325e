import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import messages from '../messages';

/**
 * "Recommandé par l'OIF" on a profile the OIF team features (backend
 * behaviour oif.tremplin.featured): words first, the star decorates them.
 */
const RecommendedBadge = ({ content }) => {
  const intl = useIntl();
  if (content.featured !== true) {
    return null;
  }
  return (
    <p className="profile-recommended-badge">
      <span className="profile-recommended-mark" aria-hidden="true">
        ★
      </span>{' '}
      {intl.formatMessage(messages.recommended)}
    </p>
  );
};

RecommendedBadge.propTypes = {
  content: PropTypes.shape({ featured: PropTypes.bool }).isRequired,
};

export default RecommendedBadge;

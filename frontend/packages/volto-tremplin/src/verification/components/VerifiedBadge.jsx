import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import messages from '../messages';
import { verifiedDate } from '../dossier';
import './VerificationPanel.scss';

/**
 * "Profil vérifié" with its date (spec §6.1.5) on a verified Company or
 * Expert: words first, the check mark only decorates them.
 */
const VerifiedBadge = ({ content }) => {
  const intl = useIntl();
  const date = verifiedDate(content);
  if (!date) {
    return null;
  }
  return (
    <p className="tremplin-verified-badge">
      <span className="tremplin-verified-mark" aria-hidden="true">
        ✓
      </span>{' '}
      <span className="tremplin-verified-text">
        {intl.formatMessage(messages.verifiedOn, {
          date: (
            <time key="date" dateTime={content.verified_on.slice(0, 10)}>
              {intl.formatDate(date, {
                year: 'numeric',
                month: 'long',
                day: 'numeric',
                timeZone: 'UTC',
              })}
            </time>
          ),
        })}
      </span>
    </p>
  );
};

VerifiedBadge.propTypes = {
  content: PropTypes.shape({
    review_state: PropTypes.string,
    verified_on: PropTypes.string,
  }).isRequired,
};

export default VerifiedBadge;

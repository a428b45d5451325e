import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import messages from '../messages';

/**
 * Why the directory shows no profile: an anonymous visitor is asked to
 * sign in (and comes back to this search), a Guest learns that her
 * account is still being verified.
 */
const AccessNotice = ({ isAnonymous, language, returnTo }) => {
  const intl = useIntl();
  return (
    <section
      className="directory-notice"
      aria-labelledby="directory-notice-heading"
    >
      <h2 id="directory-notice-heading">
        {intl.formatMessage(
          isAnonymous ? messages.signInTitle : messages.guestTitle,
        )}
      </h2>
      <p>
        {intl.formatMessage(
          isAnonymous ? messages.signInDetail : messages.guestDetail,
        )}
      </p>
      {isAnonymous && (
        <p>
          <Link
            className="ui primary button"
            to={`/${language}/login?return_url=${encodeURIComponent(returnTo)}`}
          >
            {intl.formatMessage(messages.signInLink)}
          </Link>
        </p>
      )}
    </section>
  );
};

AccessNotice.propTypes = {
  isAnonymous: PropTypes.bool.isRequired,
  language: PropTypes.string.isRequired,
  returnTo: PropTypes.string.isRequired,
};

export default AccessNotice;

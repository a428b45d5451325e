import { useRef } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import { useFocusAfterTitle } from '../../site/focus';
import messages from '../messages';
import ResendForm from './ResendForm';

/**
 * After the registration was sent: check your mailbox, the link's expiry,
 * and a button for a new mail. The heading takes the focus, so screen
 * readers start here.
 */
const RegistrationSent = ({ email, expires }) => {
  const intl = useIntl();
  const headingRef = useRef(null);
  const title = intl.formatMessage(messages.sentTitle);
  const expiry = expires ? new Date(expires) : null;

  useFocusAfterTitle(headingRef, email);

  return (
    <Container id="page-registration" className="view-wrapper registration">
      <Helmet title={title} />
      <h1 className="documentFirstHeading" tabIndex={-1} ref={headingRef}>
        {title}
      </h1>
      <p className="documentDescription">
        {intl.formatMessage(messages.sentDetail, {
          email: <strong key="email">{email}</strong>,
          expires:
            expiry && !Number.isNaN(expiry.getTime())
              ? intl.formatDate(expiry, {
                  year: 'numeric',
                  month: 'long',
                  day: 'numeric',
                  hour: 'numeric',
                  minute: '2-digit',
                })
              : '—',
        })}
      </p>
      <h2>{intl.formatMessage(messages.resendTitle)}</h2>
      <p>{intl.formatMessage(messages.sentNoMail)}</p>
      <ResendForm email={email} />
    </Container>
  );
};

RegistrationSent.propTypes = {
  email: PropTypes.string.isRequired,
  expires: PropTypes.string,
};

export default RegistrationSent;

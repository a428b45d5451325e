import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import BodyClass from '@plone/volto/helpers/BodyClass/BodyClass';
import messages from '../messages';
import { homePathOf } from '../language';
import PageMeta from '../../seo/components/PageMeta';

/**
 * The body of an error page: its title, both as the document's <title>
 * (WCAG 2.4.2) and as the heading, what happened, and a way back to the home
 * page of the current language. `children` go between the two.
 */
const ErrorPage = ({ title, detail, bodyClass, children }) => {
  const intl = useIntl();
  return (
    <Container className="view-wrapper tremplin-error-page">
      {bodyClass && <BodyClass className={bodyClass} />}
      <h1 className="documentFirstHeading">{title}</h1>
      <p className="documentDescription">{detail}</p>
      {children}
      <p>
        <Link to={homePathOf(intl.locale)}>
          {intl.formatMessage(messages.backHome)}
        </Link>
      </p>
      {/* Last, so it wins over a title set by `children` (Volto's Login). */}
      <PageMeta title={title} noindex />
    </Container>
  );
};

ErrorPage.propTypes = {
  title: PropTypes.string.isRequired,
  detail: PropTypes.string.isRequired,
  bodyClass: PropTypes.string,
  children: PropTypes.node,
};

export default ErrorPage;

import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import PageMeta from '../../seo/components/PageMeta';
import messages from '../messages';

const TEXTS = {
  loading: messages.loading,
  refused: messages.refused,
  missing: messages.reportNotFound,
  error: messages.loadError,
};

/** What a failed request means for the page: refused, missing, or an error. */
export const statusOf = (error) =>
  ({ 401: 'refused', 403: 'refused', 404: 'missing' })[error?.status] ||
  'error';

/**
 * An assessment page while it loads, or when it cannot be shown: its title
 * and one sentence, announced (status while loading, alert otherwise).
 */
const StatusPage = ({ title, status, back }) => {
  const intl = useIntl();
  return (
    <Container className="view-wrapper assessment-page">
      <PageMeta title={title} noindex />
      <h1>{title}</h1>
      <p role={status === 'loading' ? 'status' : 'alert'}>
        {intl.formatMessage(TEXTS[status])}
      </p>
      {back && (
        <Link to={back}>{intl.formatMessage(messages.backToAssessment)}</Link>
      )}
    </Container>
  );
};

StatusPage.propTypes = {
  title: PropTypes.string.isRequired,
  status: PropTypes.oneOf(Object.keys(TEXTS)).isRequired,
  back: PropTypes.string,
};

export default StatusPage;

import { useEffect, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useDispatch } from 'react-redux';
import { Link } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import PageMeta from '../../seo/components/PageMeta';
import { getAssessment } from '../actions';
import { companyPathOf } from '../answers';
import messages from '../messages';
import { formatDay, levelTitle } from './format';
import StatusPage, { statusOf } from './StatusPage';
import './Assessment.scss';

/**
 * The self-assessment's home page (/<company>/assessment): the level
 * reached, the draft waiting, every past assessment with its report.
 */
const AssessmentPage = ({ location }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const company = companyPathOf(location.pathname);
  const [overview, setOverview] = useState(null);
  const [status, setStatus] = useState('loading');

  useEffect(() => {
    dispatch(getAssessment(company))
      .then((result) => {
        setOverview(result);
        setStatus('ready');
      })
      .catch((error) => setStatus(statusOf(error)));
  }, [dispatch, company]);

  const title = intl.formatMessage(messages.pageTitle);
  if (status !== 'ready') {
    return <StatusPage title={title} status={status} />;
  }

  const { draft, history } = overview;
  const latest = history[history.length - 1];
  return (
    <Container className="view-wrapper assessment-page">
      <PageMeta title={title} noindex />
      <h1 className="documentFirstHeading">{title}</h1>
      <p className="assessment-kicker">{overview.company.title}</p>
      {location.state?.savedForLater && (
        <p role="status" className="assessment-notice">
          {intl.formatMessage(messages.savedForLater)}
        </p>
      )}
      <p className="documentDescription">
        {intl.formatMessage(messages.intro)}
      </p>
      {latest ? (
        <p className="assessment-level">
          {intl.formatMessage(messages.currentLevel, {
            level: levelTitle(intl, latest.level),
            score: latest.overall,
            date: formatDay(intl, latest.submitted_at),
          })}{' '}
          <Link to={`${company}/assessment/report/${latest.id}`}>
            {intl.formatMessage(messages.viewReport)}
          </Link>
        </p>
      ) : (
        <p>{intl.formatMessage(messages.noAssessment)}</p>
      )}
      {draft && (
        <p>
          {intl.formatMessage(messages.draftWaiting, {
            count: draft.answered,
            date: formatDay(intl, draft.updated_at),
          })}
        </p>
      )}
      <p>
        <Link className="ui primary button" to={`${company}/assessment/take`}>
          {intl.formatMessage(
            draft ? messages.resume : latest ? messages.retake : messages.start,
          )}
        </Link>
      </p>
      {history.length > 0 && (
        <>
          <h2>{intl.formatMessage(messages.history)}</h2>
          <table className="ui table assessment-table">
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage(messages.colDate)}</th>
                <th scope="col">{intl.formatMessage(messages.colScore)}</th>
                <th scope="col">{intl.formatMessage(messages.colLevel)}</th>
                <th scope="col">{intl.formatMessage(messages.colVersion)}</th>
                <th scope="col">{intl.formatMessage(messages.colReport)}</th>
              </tr>
            </thead>
            <tbody>
              {[...history].reverse().map((item) => (
                <tr key={item.id}>
                  <td>{formatDay(intl, item.submitted_at)}</td>
                  <td>{item.overall}</td>
                  <td>{levelTitle(intl, item.level)}</td>
                  <td>{item.questionnaire_version}</td>
                  <td>
                    <Link to={`${company}/assessment/report/${item.id}`}>
                      {intl.formatMessage(messages.reportOf, {
                        date: formatDay(intl, item.submitted_at),
                      })}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p>
        <Link to={flattenToAppURL(company)}>
          {intl.formatMessage(messages.backToCompany, {
            title: overview.company.title,
          })}
        </Link>
      </p>
    </Container>
  );
};

AssessmentPage.propTypes = {
  location: PropTypes.shape({
    pathname: PropTypes.string.isRequired,
    state: PropTypes.object,
  }).isRequired,
};

export default AssessmentPage;

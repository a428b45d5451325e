import { useEffect, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import PageMeta from '../../seo/components/PageMeta';
import { downloadWithToken } from '../../site/download';
import { getAssessmentReport } from '../actions';
import { companyPathOf } from '../answers';
import messages from '../messages';
import DimensionTable from './DimensionTable';
import Recommendations from './Recommendations';
import { formatDay } from './format';
import StatusPage, { statusOf } from './StatusPage';
import './Assessment.scss';

/**
 * The report of one assessment (/<company>/assessment/report/<n>): level,
 * score by dimension, strengths and priorities, progress since the first
 * assessment. Texts are those of the questionnaire version it answered.
 */
const AssessmentReport = ({ location, match }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const language = useSelector((state) => state.intl.locale);
  const company = companyPathOf(location.pathname);
  const number = match?.params?.id;
  const [report, setReport] = useState(null);
  const [status, setStatus] = useState('loading');
  const [pdfError, setPdfError] = useState('');
  const token = useSelector((state) => state.userSession.token);

  useEffect(() => {
    dispatch(getAssessmentReport(company, language, number))
      .then((result) => {
        setReport(result);
        setStatus('ready');
      })
      .catch((error) => setStatus(statusOf(error)));
  }, [dispatch, company, language, number]);

  const title = intl.formatMessage(messages.reportTitle);
  if (status !== 'ready') {
    return (
      <StatusPage
        title={title}
        status={status}
        back={`${company}/assessment`}
      />
    );
  }

  const { level, evolution } = report;
  const pdfName = `maturite-${report.submitted_at.slice(0, 10)}.pdf`;
  return (
    <Container className="view-wrapper assessment-page">
      <PageMeta title={`${title} — ${report.company.title}`} noindex />
      <h1 className="documentFirstHeading">{title}</h1>
      <p className="assessment-kicker">{report.company.title}</p>
      <p>
        {intl.formatMessage(messages.submittedOn, {
          date: formatDay(intl, report.submitted_at),
          version: report.questionnaire_version,
        })}
      </p>
      <p>
        <a
          className="ui button"
          href={`/++api++${company}/@tremplin-assessment-report/${report.id}?format=pdf&lang=${language}`}
          download={pdfName}
          onClick={(event) => {
            event.preventDefault();
            setPdfError('');
            downloadWithToken(event.currentTarget.href, token, pdfName).catch(
              () => setPdfError(intl.formatMessage(messages.pdfError)),
            );
          }}
        >
          {intl.formatMessage(messages.downloadPdf)}
        </a>
      </p>
      {pdfError && <p role="alert">{pdfError}</p>}
      <div className="assessment-summary">
        <p className="assessment-level">
          {intl.formatMessage(messages.levelIs, { level: level?.title })}
        </p>
        <p>{intl.formatMessage(messages.overall, { score: report.overall })}</p>
        <p>
          {level?.next
            ? intl.formatMessage(messages.nextLevel, {
                level: level.next.title,
                min: level.next.min,
              })
            : intl.formatMessage(messages.topLevel)}
        </p>
      </div>
      <h2>{intl.formatMessage(messages.dimensionsTitle)}</h2>
      <DimensionTable dimensions={report.dimensions} />
      <div className="assessment-columns">
        <section>
          <h2>{intl.formatMessage(messages.strengths)}</h2>
          {report.strengths.length ? (
            <ul>
              {report.strengths.map((item) => (
                <li key={item.id}>{item.title}</li>
              ))}
            </ul>
          ) : (
            <p>{intl.formatMessage(messages.noStrengths)}</p>
          )}
        </section>
        <section>
          <h2>{intl.formatMessage(messages.priorities)}</h2>
          {report.priorities.length ? (
            <ol>
              {report.priorities.map((item) => (
                <li key={item.id}>{item.title}</li>
              ))}
            </ol>
          ) : (
            <p>{intl.formatMessage(messages.noPriorities)}</p>
          )}
        </section>
      </div>
      <Recommendations items={report.recommendations || []} />
      {evolution.assessments.length > 1 && (
        <>
          <h2>{intl.formatMessage(messages.evolutionTitle)}</h2>
          <div className="assessment-scroll">
            <table className="ui table assessment-table">
              <caption>{intl.formatMessage(messages.evolutionCaption)}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    {intl.formatMessage(messages.colDimension)}
                  </th>
                  {evolution.assessments.map((item) => (
                    <th scope="col" key={item.id}>
                      {formatDay(intl, item.submitted_at)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {evolution.dimensions.map((dimension) => (
                  <tr key={dimension.id}>
                    <th scope="row">{dimension.title}</th>
                    {dimension.scores.map((score, index) => (
                      <td key={evolution.assessments[index].id}>
                        {score ?? '—'}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <th scope="row">{intl.formatMessage(messages.overallRow)}</th>
                  {evolution.assessments.map((item) => (
                    <td key={item.id}>{item.overall}</td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="assessment-actions">
        <Link className="ui button" to={`${company}/assessment/take`}>
          {intl.formatMessage(messages.retake)}
        </Link>
        <Link to={`${company}/assessment`}>
          {intl.formatMessage(messages.backToAssessment)}
        </Link>
      </p>
    </Container>
  );
};

AssessmentReport.propTypes = {
  location: PropTypes.shape({ pathname: PropTypes.string.isRequired })
    .isRequired,
  match: PropTypes.shape({ params: PropTypes.object }),
};

export default AssessmentReport;

import { useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useHistory } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import StepProgress from '../../forms/components/StepProgress';
import { fieldErrorsFrom } from '../../moderation/review';
import PageMeta from '../../seo/components/PageMeta';
import { useFocusAfterTitle } from '../../site/focus';
import {
  getAssessmentDraft,
  saveAssessmentDraft,
  submitAssessment,
} from '../actions';
import {
  answeredIn,
  companyPathOf,
  errorsByQuestion,
  missingRequired,
  stepAnswers,
} from '../answers';
import messages from '../messages';
import QuestionField from './QuestionField';
import StatusPage, { statusOf } from './StatusPage';
import './Assessment.scss';

/**
 * The self-assessment, one dimension per step, then a review before it is
 * submitted (spec §7.1.4). Each step is saved when the member moves on, so
 * stopping loses at most the open step; "resume later" goes back to the
 * assessment's home page, and coming back opens the step she left.
 */
const AssessmentWizard = ({ location }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const history = useHistory();
  const language = useSelector((state) => state.intl.locale);
  const company = companyPathOf(location.pathname);
  const [questionnaire, setQuestionnaire] = useState(null);
  const [answers, setAnswers] = useState({});
  const [revision, setRevision] = useState(null);
  const [dropped, setDropped] = useState([]);
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState({});
  const [status, setStatus] = useState('loading');
  const heading = useRef(null);
  useFocusAfterTitle(heading, questionnaire ? step : null);

  useEffect(() => {
    dispatch(getAssessmentDraft(company, language))
      .then(({ draft, questionnaire: loaded }) => {
        setQuestionnaire(loaded);
        const ids = loaded.dimensions.map((dimension) => dimension.id);
        if (draft) {
          setAnswers(draft.answers);
          setRevision(draft.revision);
          setDropped(draft.carried_over?.dropped || []);
          setStep(Math.max(0, ids.indexOf(draft.current_step)));
        }
        setStatus('ready');
      })
      .catch((error) => setStatus(statusOf(error)));
  }, [dispatch, company, language]);

  if (status !== 'ready' && status !== 'busy') {
    return (
      <StatusPage
        title={intl.formatMessage(messages.pageTitle)}
        status={status}
        back={`${company}/assessment`}
      />
    );
  }

  const dimensions = questionnaire.dimensions;
  const count = dimensions.length + 1;
  const isReview = step === dimensions.length;
  const title = isReview
    ? intl.formatMessage(messages.reviewTitle)
    : dimensions[step].title;
  const titles = [
    ...dimensions.map((dimension) => dimension.title),
    intl.formatMessage(messages.reviewTitle),
  ];
  const { questions: questionErrors, others } = errorsByQuestion(errors);

  /** Save the open step (nothing to save on the review), then go on. */
  const save = (nextStep) => {
    const nextDimension = dimensions[Math.min(nextStep, dimensions.length - 1)];
    const body = {
      questionnaire_version: questionnaire.version,
      current_step: nextDimension.id,
      answers: isReview ? {} : stepAnswers(dimensions[step], answers),
    };
    if (revision !== null) body.revision = revision;
    setStatus('busy');
    return dispatch(saveAssessmentDraft(company, language, body))
      .then(({ draft }) => {
        setRevision(draft.revision);
        setErrors({});
        setStatus('ready');
        return true;
      })
      .catch((error) => {
        const found = fieldErrorsFrom(error);
        setErrors(
          found[''] === null
            ? { '': intl.formatMessage(messages.notSaved) }
            : found,
        );
        setStatus('ready');
        return false;
      });
  };

  const goTo = (nextStep) =>
    save(nextStep).then((saved) => saved && setStep(nextStep));

  const saveForLater = () =>
    save(step).then(
      (saved) =>
        saved && history.push(`${company}/assessment`, { savedForLater: true }),
    );

  const submit = () => {
    setStatus('busy');
    dispatch(
      submitAssessment(company, language, {
        revision,
        questionnaire_version: questionnaire.version,
      }),
    )
      .then((result) =>
        history.push(`${company}/assessment/report/${result.id}`),
      )
      .catch((error) => {
        setErrors(fieldErrorsFrom(error));
        setStatus('ready');
      });
  };

  const missing = missingRequired(questionnaire, answers);
  const stepOfQuestion = (questionId) =>
    dimensions.findIndex((dimension) =>
      dimension.questions.some((question) => question.id === questionId),
    );
  const busy = status === 'busy';
  const questionText = (questionId) =>
    dimensions
      .flatMap((dimension) => dimension.questions)
      .find((question) => question.id === questionId)?.text || questionId;

  return (
    <Container className="view-wrapper assessment-page">
      <PageMeta title={intl.formatMessage(messages.pageTitle)} noindex />
      <p className="assessment-kicker">
        {intl.formatMessage(messages.pageTitle)}
      </p>
      <StepProgress
        label={intl.formatMessage(messages.progress)}
        titles={titles}
        current={step}
      />
      <h1 tabIndex={-1} ref={heading}>
        {intl.formatMessage(messages.stepOf, {
          number: step + 1,
          count,
          title,
        })}
      </h1>
      {dropped.length > 0 && (
        <p className="assessment-notice" role="status">
          {intl.formatMessage(messages.carriedOver, {
            questions: dropped.map(questionText).join(' ; '),
          })}
        </p>
      )}
      {Object.keys(errors).length > 0 && (
        <div className="assessment-errors" role="alert">
          <p>{intl.formatMessage(messages.errorsTitle)}</p>
          <ul>
            {Object.values(others).map((message) => (
              <li key={message}>{message}</li>
            ))}
            {Object.entries(questionErrors).map(([questionId, message]) => (
              <li key={questionId}>
                {isReview && stepOfQuestion(questionId) >= 0 ? (
                  <button
                    type="button"
                    className="assessment-link-button"
                    onClick={() => {
                      setErrors({});
                      setStep(stepOfQuestion(questionId));
                    }}
                  >
                    {message}
                  </button>
                ) : (
                  message
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {isReview ? (
        <Review
          dimensions={dimensions}
          answers={answers}
          missing={missing}
          onEdit={(index) => {
            setErrors({});
            setStep(index);
          }}
        />
      ) : (
        <>
          {dimensions[step].description && (
            <p className="documentDescription">
              {dimensions[step].description}
            </p>
          )}
          {dimensions[step].questions.map((question) => (
            <QuestionField
              key={question.id}
              question={question}
              answer={answers[question.id]}
              error={questionErrors[question.id]}
              onChange={(value) =>
                setAnswers({ ...answers, [question.id]: value })
              }
            />
          ))}
        </>
      )}
      <div className="assessment-actions">
        {step > 0 && (
          <button
            type="button"
            className="ui button"
            disabled={busy}
            onClick={() => goTo(step - 1)}
          >
            {intl.formatMessage(messages.previous)}
          </button>
        )}
        {isReview ? (
          <button
            type="button"
            className="ui primary button"
            disabled={busy}
            onClick={submit}
          >
            {intl.formatMessage(messages.submit)}
          </button>
        ) : (
          <button
            type="button"
            className="ui primary button"
            disabled={busy}
            onClick={() => goTo(step + 1)}
          >
            {intl.formatMessage(messages.next)}
          </button>
        )}
        <button
          type="button"
          className="ui basic button"
          disabled={busy}
          onClick={saveForLater}
        >
          {intl.formatMessage(messages.saveLater)}
        </button>
        <Link to={`${company}/assessment`}>
          {intl.formatMessage(messages.backToAssessment)}
        </Link>
      </div>
      {busy && (
        <p role="status" className="assessment-saving">
          {intl.formatMessage(messages.saving)}
        </p>
      )}
    </Container>
  );
};

/** The review step: how much of each dimension is answered, what is left. */
const Review = ({ dimensions, answers, missing, onEdit }) => {
  const intl = useIntl();
  return (
    <>
      <p className="documentDescription">
        {intl.formatMessage(messages.reviewIntro)}
      </p>
      <ul className="assessment-review">
        {dimensions.map((dimension, index) => (
          <li key={dimension.id}>
            <span className="assessment-review-title">{dimension.title}</span>{' '}
            <span>
              {intl.formatMessage(messages.answeredCount, {
                answered: answeredIn(dimension, answers),
                total: dimension.questions.length,
              })}
            </span>{' '}
            <button
              type="button"
              className="assessment-link-button"
              onClick={() => onEdit(index)}
            >
              {intl.formatMessage(messages.editStep, {
                title: dimension.title,
              })}
            </button>
          </li>
        ))}
      </ul>
      {missing.length > 0 && (
        <>
          <h2>{intl.formatMessage(messages.missingTitle)}</h2>
          <ul>
            {missing.map(({ dimension, question }) => (
              <li key={question.id}>
                {dimension.title} — {question.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
};

Review.propTypes = {
  dimensions: PropTypes.arrayOf(PropTypes.object).isRequired,
  answers: PropTypes.object.isRequired,
  missing: PropTypes.arrayOf(PropTypes.object).isRequired,
  onEdit: PropTypes.func.isRequired,
};

AssessmentWizard.propTypes = {
  location: PropTypes.shape({ pathname: PropTypes.string.isRequired })
    .isRequired,
};

export default AssessmentWizard;

import { useCallback, useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useDispatch, useSelector } from 'react-redux';
import { useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import { getReviewQueue } from '../actions';
import messages from '../messages';
import { checkCounts, worstStatus } from '../review';
import PageToolbar from './PageToolbar';
import ProfileReview from './ProfileReview';
import './ModerationPage.scss';
import PageMeta from '../../seo/components/PageMeta';

const TYPE_LABELS = {
  Company: messages.typeCompany,
  Expert: messages.typeExpert,
};

const STATE_LABELS = {
  draft: messages.stateDraft,
  submitted: messages.stateSubmitted,
  in_review: messages.stateInReview,
  appealed: messages.stateAppealed,
  verified: messages.stateVerified,
  rejected: messages.stateRejected,
};

const labelOf = (intl, labels, value) =>
  labels[value] ? intl.formatMessage(labels[value]) : value;

/** One pending profile: its summary, and its review when opened. */
const QueueItem = ({ item, isOpen, onToggle, onDone }) => {
  const intl = useIntl();
  const key = item['@id'].split('/').filter(Boolean).pop();
  const headingId = `moderation-${key}`;
  const detailId = `${headingId}-detail`;
  const counts = checkCounts(item.checks);
  const applicant = item.owner ?? {};
  return (
    <li>
      <article
        className={`moderation-item moderation-worst-${worstStatus(item.checks) ?? 'none'}`}
        aria-labelledby={headingId}
      >
        <h2 id={headingId}>{item.title}</h2>
        <dl className="moderation-summary">
          <div>
            <dt>{intl.formatMessage(messages.type)}</dt>
            <dd>{labelOf(intl, TYPE_LABELS, item.portal_type)}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.state)}</dt>
            <dd>{labelOf(intl, STATE_LABELS, item.review_state)}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.applicant)}</dt>
            <dd>
              {applicant.fullname || applicant.id}
              {applicant.email && (
                <>
                  {' '}
                  (<a href={`mailto:${applicant.email}`}>{applicant.email}</a>)
                </>
              )}
            </dd>
          </div>
          {item.submitted_on && (
            <div>
              <dt>{intl.formatMessage(messages.submittedOn)}</dt>
              <dd>
                {intl.formatDate(item.submitted_on, { dateStyle: 'long' })}
              </dd>
            </div>
          )}
          <div>
            <dt>{intl.formatMessage(messages.ageLabel)}</dt>
            <dd>
              {intl.formatMessage(messages.age, {
                days: Number(item.age_days) || 0,
              })}
            </dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.checksLabel)}</dt>
            <dd>{intl.formatMessage(messages.checkSummary, counts)}</dd>
          </div>
        </dl>
        <button
          type="button"
          className="ui button"
          aria-expanded={isOpen}
          aria-controls={detailId}
          onClick={() => onToggle(item['@id'])}
        >
          {intl.formatMessage(
            isOpen ? messages.hideDetail : messages.showDetail,
            {
              title: item.title,
            },
          )}
        </button>
        <div id={detailId} hidden={!isOpen}>
          {isOpen && (
            <ProfileReview
              profile={item}
              headingId={headingId}
              onDone={onDone}
            />
          )}
        </div>
      </article>
    </li>
  );
};

/**
 * The moderators' review list (/fr/moderation): profiles waiting for a
 * decision (GET @tremplin-review-queue), oldest first.
 */
const ModerationPage = ({ location }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const queue = useSelector((state) => state.reviewQueue);
  const [openId, setOpenId] = useState(null);
  const [status, setStatus] = useState('');
  const heading = useRef(null);
  const language = location.pathname.split('/')[1] || 'fr';

  const load = useCallback(
    () => dispatch(getReviewQueue()).catch(() => null),
    [dispatch],
  );
  useEffect(() => {
    load();
  }, [load]);

  const onDone = (action, title) => (result) => {
    setStatus(intl.formatMessage(messages[`done_${action}`], { title }));
    return load().then((answer) => {
      const stillThere = (answer?.items ?? []).some(
        (item) => item['@id'] === openId,
      );
      if (!stillThere) {
        setOpenId(null);
        heading.current?.focus();
      }
    });
  };

  const errorStatus = queue?.error?.status ?? queue?.error?.response?.status;
  const items = queue?.items ?? [];
  return (
    <Container id="page-moderation" className="tremplin-admin-page">
      <PageMeta title={intl.formatMessage(messages.title)} noindex />
      <h1 ref={heading} tabIndex={-1}>
        {intl.formatMessage(messages.title)}
      </h1>
      <p>{intl.formatMessage(messages.intro)}</p>
      <p role="status" aria-live="polite" className="tremplin-status">
        {status}
      </p>
      {queue?.error &&
        (errorStatus === 401 || errorStatus === 403 ? (
          <p>{intl.formatMessage(messages.notAllowed)}</p>
        ) : (
          <p>{intl.formatMessage(messages.loadError)}</p>
        ))}
      {!queue?.error && !queue?.loaded && (
        <p>{intl.formatMessage(messages.loading)}</p>
      )}
      {!queue?.error && queue?.loaded && items.length === 0 && (
        <p className="moderation-empty">{intl.formatMessage(messages.empty)}</p>
      )}
      {!queue?.error && items.length > 0 && (
        <>
          <p>{intl.formatMessage(messages.count, { count: items.length })}</p>
          <ul className="moderation-queue">
            {items.map((item) => (
              <QueueItem
                key={item['@id']}
                item={item}
                isOpen={openId === item['@id']}
                onToggle={(id) => setOpenId(openId === id ? null : id)}
                onDone={(action, result) => onDone(action, item.title)(result)}
              />
            ))}
          </ul>
        </>
      )}
      <PageToolbar
        pathname={location.pathname}
        backTo={`/${language}`}
        backLabel={intl.formatMessage(messages.back)}
      />
    </Container>
  );
};

ModerationPage.propTypes = {
  location: PropTypes.shape({ pathname: PropTypes.string }).isRequired,
};

export default ModerationPage;

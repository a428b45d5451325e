import { useEffect, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { getContent } from '@plone/volto/actions/content/content';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { fireProfileTransition, getVerificationDossier } from '../actions';
import {
  canFire,
  documentChecklist,
  isApplicant,
  isFileComplete,
  moderatorMessage,
  userIdOf,
} from '../dossier';
import messages from '../messages';
import './VerificationPanel.scss';

/** States in which the owner may add documents (the workflow's Add perm). */
const OPEN_STATES = ['draft', 'rejected', 'expired', 'verified'];

/** The four kinds, each sent (with links) or missing (with "Add"). */
const Checklist = ({ path, contentUrl, documents, canAdd }) => {
  const intl = useIntl();
  return (
    <ul className="verification-checklist">
      {documentChecklist(documents).map(({ kind, documents: sent }) => {
        const title = intl.formatMessage(messages[`kind_${kind}`]);
        return (
          <li key={kind} className={sent.length ? 'sent' : 'missing'}>
            <span className="verification-mark" aria-hidden="true">
              {sent.length ? '✓' : '✗'}
            </span>
            <span className="verification-kind">{title}</span>{' '}
            <span className="verification-presence">
              (
              {intl.formatMessage(
                sent.length ? messages.documentSent : messages.documentMissing,
              )}
              )
            </span>
            {sent.length > 0 && (
              <ul>
                {sent.map((document) => (
                  <li key={document['@id']}>
                    <Link to={flattenToAppURL(document['@id'])}>
                      {document.title}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {!sent.length && canAdd && (
              <Link
                className="verification-add"
                to={{
                  pathname: `${path}/add`,
                  search: '?type=VerificationDocument',
                  // Volto's add form starts from these values: the kind is
                  // chosen already.
                  state: {
                    initialFormData: {
                      title,
                      document_kind: kind,
                      parent: { '@id': contentUrl },
                    },
                  },
                }}
              >
                {intl.formatMessage(messages.addDocument)}
                <span className="tremplin-visually-hidden"> {title}</span>
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
};

/** The appeal of a rejection: the explanation is required. */
const AppealForm = ({ onAppeal, error }) => {
  const intl = useIntl();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState('');
  const shown = problem || error;
  const onSubmit = (event) => {
    event.preventDefault();
    if (!comment.trim()) {
      setProblem(intl.formatMessage(messages.errorRequired));
      document.getElementById('verification-appeal-comment')?.focus();
      return;
    }
    setProblem('');
    onAppeal(comment.trim());
  };
  return (
    <form className="verification-appeal" noValidate onSubmit={onSubmit}>
      <h3>{intl.formatMessage(messages.appealTitle)}</h3>
      <p id="verification-appeal-help">
        {intl.formatMessage(messages.appealHelp)}
      </p>
      <label htmlFor="verification-appeal-comment">
        {intl.formatMessage(messages.appealComment)}
      </label>
      <textarea
        id="verification-appeal-comment"
        rows={5}
        value={comment}
        required
        onChange={(event) => setComment(event.target.value)}
        aria-invalid={shown ? true : undefined}
        aria-describedby={`verification-appeal-help${
          shown ? ' verification-appeal-error' : ''
        }`}
      />
      {shown && (
        <p id="verification-appeal-error" className="verification-error">
          {shown}
        </p>
      )}
      <button type="submit" className="ui button primary">
        {intl.formatMessage(messages.appeal)}
      </button>
    </form>
  );
};

/**
 * The applicant's verification file on her Company or Expert page: the
 * state in words, the four documents (sent or missing, with "Add"), the
 * submit button when the workflow offers it, the moderator's message and
 * the appeal form after a rejection. Others (members, moderators) do not
 * see it; the backend shows them what they may see elsewhere.
 */
const VerificationPanel = ({ content }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const token = useSelector((state) => state.userSession?.token);
  const dossier = useSelector((state) => state.verificationDossier);
  const [status, setStatus] = useState('');
  const [appealError, setAppealError] = useState('');
  const path = flattenToAppURL(content['@id'] || '');

  useEffect(() => {
    if (token && path) {
      dispatch(getVerificationDossier(path)).catch(() => {});
    }
  }, [dispatch, token, path]);

  if (!token || !dossier || dossier.path !== path || !dossier.loaded) {
    return null;
  }
  const { workflow, documents, creator } = dossier;
  const creators = content.creators || (creator ? [creator] : []);
  if (!isApplicant({ creators }, userIdOf(token), workflow)) {
    return null;
  }
  const state = workflow.state?.id || content.review_state;
  const message = moderatorMessage(content, state);

  const fire = (transition, comment, done) => {
    setStatus('');
    setAppealError('');
    return dispatch(fireProfileTransition(path, transition, comment))
      .then(() => {
        setStatus(intl.formatMessage(done));
        dispatch(getContent(path));
        dispatch(getVerificationDossier(path)).catch(() => {});
      })
      .catch((error) => {
        const text = error?.response?.body?.message;
        let fieldMessage = '';
        try {
          fieldMessage = JSON.parse(text)?.[0]?.message || '';
        } catch {
          fieldMessage = '';
        }
        if (transition === 'appeal' && fieldMessage) {
          setAppealError(fieldMessage);
        } else {
          setStatus(fieldMessage || intl.formatMessage(messages.actionFailed));
        }
      });
  };

  return (
    <section
      className="verification-panel"
      aria-labelledby="verification-dossier"
    >
      <h2 id="verification-dossier">
        {intl.formatMessage(messages.dossierTitle)}
      </h2>
      <p>{intl.formatMessage(messages.dossierIntro)}</p>
      <dl className="verification-state">
        <dt>{intl.formatMessage(messages.stateLabel)}</dt>
        <dd>
          {messages[`state_${state}`]
            ? intl.formatMessage(messages[`state_${state}`])
            : workflow.state?.title || state}
        </dd>
      </dl>
      {message && (
        <div className="verification-message">
          <h3>
            {intl.formatMessage(
              message.action === 'reject'
                ? messages.moderatorRejected
                : messages.moderatorRequest,
            )}
          </h3>
          <p>{message.comment}</p>
        </div>
      )}
      <h3>{intl.formatMessage(messages.documentsTitle)}</h3>
      <p>{intl.formatMessage(messages.documentsHelp)}</p>
      <Checklist
        path={path}
        contentUrl={content['@id']}
        documents={documents}
        canAdd={OPEN_STATES.includes(state)}
      />
      {canFire(workflow, 'submit') && (
        <div className="verification-submit">
          <h3>{intl.formatMessage(messages.submitTitle)}</h3>
          <p>
            {intl.formatMessage(
              isFileComplete(documents)
                ? messages.submitHelp
                : messages.submitIncomplete,
            )}
          </p>
          <button
            type="button"
            className="ui button primary"
            onClick={() => fire('submit', '', messages.submitted)}
          >
            {intl.formatMessage(messages.submit)}
          </button>
        </div>
      )}
      {canFire(workflow, 'appeal') && (
        <AppealForm
          error={appealError}
          onAppeal={(comment) => fire('appeal', comment, messages.appealed)}
        />
      )}
      <p className="verification-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
};

VerificationPanel.propTypes = {
  content: PropTypes.shape({
    '@id': PropTypes.string,
    review_state: PropTypes.string,
    creators: PropTypes.arrayOf(PropTypes.string),
  }).isRequired,
};

export default VerificationPanel;

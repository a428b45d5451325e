import { useEffect, useState } from 'react';
import PropTypes from 'prop-types';
import { useDispatch } from 'react-redux';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { getProfileChecks } from '../actions';
import messages from '../messages';
import { inlineUrl, normalizeStatus, previewKind, sortChecks } from '../review';
import ReviewActions from './ReviewActions';

const STATUS_LABELS = {
  passed: messages.statusPassed,
  warning: messages.statusWarning,
  failed: messages.statusFailed,
};

/** One automated check: its status in words (not colour only) and reason. */
const Check = ({ check }) => {
  const intl = useIntl();
  const status = normalizeStatus(check.status);
  return (
    <li className={`moderation-check moderation-check-${status}`}>
      <span className="moderation-status">
        {intl.formatMessage(STATUS_LABELS[status])}
      </span>{' '}
      <strong>{check.title}</strong>
      {check.reason && <p>{check.reason}</p>}
    </li>
  );
};

/** A document shown in the page (PDF or image) with its download link. */
const DocumentPreview = ({ document }) => {
  const intl = useIntl();
  const kind = previewKind(document.content_type);
  const title = document.title || document.document_kind;
  return (
    <li className="moderation-document">
      <h5>{title}</h5>
      {kind === 'image' && (
        <img
          src={inlineUrl(document.download)}
          alt={intl.formatMessage(messages.preview, { title })}
        />
      )}
      {kind === 'pdf' && (
        <iframe
          src={inlineUrl(document.download)}
          title={intl.formatMessage(messages.preview, { title })}
        />
      )}
      {!kind && <p>{intl.formatMessage(messages.noPreview)}</p>}
      <a href={flattenToAppURL(document.download)} download>
        {intl.formatMessage(messages.download, { title })}
      </a>
    </li>
  );
};

/**
 * What a moderator needs to decide on one profile: the automated checks
 * (GET @tremplin-checks), the documents inline and the decision buttons.
 */
const ProfileReview = ({ profile, headingId, onDone }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const [checks, setChecks] = useState({ items: [], loading: true });

  useEffect(() => {
    let isCurrent = true;
    dispatch(getProfileChecks(profile['@id']))
      .then((result) => {
        if (isCurrent) {
          setChecks({ items: result?.items ?? [], loading: false });
        }
      })
      .catch(() => {
        if (isCurrent) {
          setChecks({ items: [], loading: false, error: true });
        }
      });
    return () => {
      isCurrent = false;
    };
  }, [dispatch, profile]);

  const documents = profile.documents ?? [];
  return (
    <div className="moderation-detail">
      <p>
        <Link to={flattenToAppURL(profile['@id'])}>
          {intl.formatMessage(messages.openProfile)}
        </Link>
      </p>
      <section aria-labelledby={`${headingId}-checks`}>
        <h4 id={`${headingId}-checks`}>
          {intl.formatMessage(messages.checksTitle)}
        </h4>
        {checks.loading && <p>{intl.formatMessage(messages.checksLoading)}</p>}
        {checks.error && <p>{intl.formatMessage(messages.checksError)}</p>}
        {!checks.loading && !checks.error && checks.items.length === 0 && (
          <p>{intl.formatMessage(messages.noChecks)}</p>
        )}
        {checks.items.length > 0 && (
          <ul className="moderation-checks">
            {sortChecks(checks.items).map((check) => (
              <Check key={check.id} check={check} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${headingId}-documents`}>
        <h4 id={`${headingId}-documents`}>
          {intl.formatMessage(messages.documentsTitle)}
        </h4>
        {documents.length === 0 ? (
          <p>{intl.formatMessage(messages.noDocuments)}</p>
        ) : (
          <ul className="moderation-documents">
            {documents.map((document) => (
              <DocumentPreview key={document['@id']} document={document} />
            ))}
          </ul>
        )}
      </section>
      <ReviewActions profile={profile} onDone={onDone} />
    </div>
  );
};

ProfileReview.propTypes = {
  profile: PropTypes.shape({
    '@id': PropTypes.string.isRequired,
    title: PropTypes.string,
    review_state: PropTypes.string,
    documents: PropTypes.arrayOf(PropTypes.object),
  }).isRequired,
  headingId: PropTypes.string.isRequired,
  onDone: PropTypes.func.isRequired,
};

export default ProfileReview;

import { useEffect, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { getProfileCompleteness } from '../actions';
import messages from '../messages';

/**
 * True when the reader may edit the page shown: Volto's toolbar offers the
 * `edit` action (plone.restapi lists it to who has Modify portal content).
 */
const useCanEdit = () =>
  useSelector((state) =>
    (state.actions?.actions?.object || []).some(
      (action) => action.id === 'edit',
    ),
  );

/**
 * How complete the profile is, for who may edit it (its owner, the OIF
 * administrators): a progress bar with the percentage and the fields still
 * empty, each a link to the edit form. Asked for only then: other readers
 * make no request and see nothing.
 */
const CompletenessIndicator = ({ content }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const canEdit = useCanEdit();
  const path = flattenToAppURL(content['@id'] || '');
  const [result, setResult] = useState(null);

  useEffect(() => {
    if (!canEdit || !path) {
      return undefined;
    }
    let isCurrent = true;
    dispatch(getProfileCompleteness(path))
      .then((answer) => isCurrent && setResult({ ...answer, path }))
      .catch(() => isCurrent && setResult(null));
    return () => {
      isCurrent = false;
    };
  }, [dispatch, canEdit, path]);

  if (!canEdit || !result || result.path !== path) {
    return null;
  }
  const score = Math.max(0, Math.min(100, Number(result.score) || 0));
  const missing = result.missing || [];
  const scoreText = intl.formatMessage(messages.completenessScore, { score });
  return (
    <section
      className="profile-completeness"
      aria-labelledby="profile-completeness"
    >
      <h2 id="profile-completeness">
        {intl.formatMessage(messages.completenessTitle)}
      </h2>
      <div
        className="profile-completeness-bar"
        role="progressbar"
        aria-labelledby="profile-completeness"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={score}
        aria-valuetext={scoreText}
      >
        <span style={{ width: `${score}%` }} />
      </div>
      <p className="profile-completeness-score">{scoreText}</p>
      {missing.length > 0 ? (
        <>
          <p>{intl.formatMessage(messages.completenessMissing)}</p>
          <ul className="profile-completeness-missing">
            {missing.map((item) => (
              <li key={item.field}>
                <Link to={`${path}/edit`}>
                  {intl.formatMessage(messages.completeField, {
                    title: item.title,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{intl.formatMessage(messages.completenessDone)}</p>
      )}
    </section>
  );
};

CompletenessIndicator.propTypes = {
  content: PropTypes.shape({ '@id': PropTypes.string }).isRequired,
};

export default CompletenessIndicator;

import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import messages from '../messages';

/**
 * On a company's page, for its representative only: the way to the
 * company's self-assessment. Whose company it is comes from
 * @tremplin-my-profile, which the app asks once per session; nobody else
 * sees the link (the backend refuses them anyway).
 */
const AssessmentLink = ({ content }) => {
  const intl = useIntl();
  const path = flattenToAppURL(content['@id'] || '');
  const isMine = useSelector((state) =>
    (state.myProfile?.items || []).some(
      (item) =>
        item['@type'] === 'Company' && flattenToAppURL(item['@id']) === path,
    ),
  );
  if (!isMine) {
    return null;
  }
  return (
    <p className="assessment-entry">
      <Link className="ui button" to={`${path}/assessment`}>
        {intl.formatMessage(messages.companyLink)}
      </Link>
    </p>
  );
};

AssessmentLink.propTypes = {
  content: PropTypes.shape({ '@id': PropTypes.string }).isRequired,
};

export default AssessmentLink;

import PropTypes from 'prop-types';
import { useSelector } from 'react-redux';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Plug } from '@plone/volto/components/manage/Pluggable';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import { getBaseUrl } from '@plone/volto/helpers/Url/Url';
import rightArrowSVG from '@plone/volto/icons/right-key.svg';
import { useCurrentRoles } from '../../moderation/components/ModerationMenu';
import { ACCESS_GRANTING_ROLES } from '../constants';
import messages from '../messages';

/**
 * "Temporary access" in the toolbar's "more" menu of every content item,
 * for the roles that may grant it (the server checks the permission again).
 */
const AccessMenu = ({ pathname }) => {
  const intl = useIntl();
  const roles = useCurrentRoles();
  const contentType = useSelector((state) => state.content?.data?.['@type']);
  if (
    !contentType ||
    contentType === 'Plone Site' ||
    !roles.some((role) => ACCESS_GRANTING_ROLES.includes(role))
  ) {
    return null;
  }
  const path = getBaseUrl(pathname ?? '');
  return (
    <Plug pluggable="toolbar-more-menu-list" id="tremplin-temporary-access">
      <li>
        <Link to={`${path}/temporary-access`}>
          {intl.formatMessage(messages.accessMenu)}
          <Icon name={rightArrowSVG} size="24px" />
        </Link>
      </li>
    </Plug>
  );
};

AccessMenu.propTypes = { pathname: PropTypes.string };

export default AccessMenu;

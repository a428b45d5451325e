import { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import jwtDecode from 'jwt-decode';
import { Plug } from '@plone/volto/components/manage/Pluggable';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import { getUser } from '@plone/volto/actions/users/users';
import rightArrowSVG from '@plone/volto/icons/right-key.svg';
import { REVIEWER_ROLES } from '../constants';
import messages from '../messages';

/** The signed-in user's global roles (group roles included), once loaded. */
export function useCurrentRoles() {
  const dispatch = useDispatch();
  const token = useSelector((state) => state.userSession?.token);
  const user = useSelector((state) => state.users?.user);
  const userId = token ? jwtDecode(token).sub : null;
  useEffect(() => {
    if (userId && user?.id !== userId) {
      dispatch(getUser(userId));
    }
  }, [dispatch, userId, user?.id]);
  return userId && user?.id === userId ? user.roles ?? [] : [];
}

/**
 * "Profiles to review" in the personal menu of Volto's toolbar, for the
 * users whose roles may review (the page itself asks the server, which
 * decides).
 */
const ModerationMenu = () => {
  const intl = useIntl();
  const roles = useCurrentRoles();
  const language = useSelector((state) => state.intl?.locale) || 'fr';
  if (!roles.some((role) => REVIEWER_ROLES.includes(role))) {
    return null;
  }
  return (
    <Plug pluggable="toolbar-user-menu" id="tremplin-moderation">
      <li>
        <Link to={`/${language}/moderation`}>
          {intl.formatMessage(messages.menuLink)}
          <Icon name={rightArrowSVG} size="24px" />
        </Link>
      </li>
    </Plug>
  );
};

export default ModerationMenu;

import { useIntl } from 'react-intl';
import { useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { Plug } from '@plone/volto/components/manage/Pluggable';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import rightArrowSVG from '@plone/volto/icons/right-key.svg';
import { mfaPagePath } from '../mfa';
import messages from '../messages';

/** "Two-step verification" in the personal menu of Volto's toolbar. */
const MfaMenu = () => {
  const intl = useIntl();
  const token = useSelector((state) => state.userSession?.token);
  const language = useSelector((state) => state.intl?.locale) || 'fr';
  if (!token) {
    return null;
  }
  return (
    <Plug pluggable="toolbar-user-menu" id="tremplin-mfa">
      <li>
        <Link to={mfaPagePath(language === 'en' ? 'en' : 'fr')}>
          {intl.formatMessage(messages.menuLink)}
          <Icon name={rightArrowSVG} size="24px" />
        </Link>
      </li>
    </Plug>
  );
};

export default MfaMenu;

import { useIntl } from 'react-intl';
import { shallowEqual, useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { Menu } from 'semantic-ui-react';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import config from '@plone/volto/registry';
import messages from '../messages';

/**
 * Log in (and, when enabled, register) links for anonymous visitors.
 *
 * Unlike Volto's stock links these carry no aria-label: their accessible name
 * is their visible, translated text (WCAG 2.5.3 "Label in Name").
 */
const AnonymousTools = () => {
  const intl = useIntl();
  const token = useSelector((state) => state.userSession.token, shallowEqual);
  const contentId = useSelector((state) => state.content.data?.['@id']);

  if (token) {
    return null;
  }
  const loginPath = contentId
    ? `/login?return_url=${flattenToAppURL(contentId)}`
    : '/login';

  return (
    <Menu pointing secondary floated="right">
      <Menu.Item>
        <Link to={loginPath}>{intl.formatMessage(messages.logIn)}</Link>
      </Menu.Item>
      {config.settings.showSelfRegistration && (
        <Menu.Item>
          <Link to="/register">{intl.formatMessage(messages.register)}</Link>
        </Menu.Item>
      )}
    </Menu>
  );
};

export default AnonymousTools;

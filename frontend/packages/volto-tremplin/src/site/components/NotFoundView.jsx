import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { useDispatch } from 'react-redux';
import { getNavigation } from '@plone/volto/actions/navigation/navigation';
import config from '@plone/volto/registry';
import { withServerErrorCode } from '@plone/volto/helpers/Utils/Utils';
import messages from '../messages';
import { homePathOf } from '../language';
import ErrorPage from './ErrorPage';

/**
 * The 404 page, in the language of the address's language root (see
 * language.js), with the navigation of that language in the header as on
 * Volto's own 404 page.
 */
const NotFoundView = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const home = homePathOf(intl.locale);

  useEffect(() => {
    dispatch(getNavigation(home, config.settings.navDepth));
  }, [dispatch, home]);

  return (
    <ErrorPage
      title={intl.formatMessage(messages.notFound)}
      detail={intl.formatMessage(messages.notFoundDetail)}
      bodyClass="page-not-found"
    />
  );
};

const NotFoundWithCode = withServerErrorCode(404)(NotFoundView);
NotFoundWithCode.displayName = 'notFound';

export default NotFoundWithCode;

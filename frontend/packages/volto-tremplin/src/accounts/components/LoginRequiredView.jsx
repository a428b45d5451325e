import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { useLocation } from 'react-router-dom';
import { getContent } from '@plone/volto/actions/content/content';
import { getBaseUrl } from '@plone/volto/helpers/Url/Url';
import { withServerErrorCode } from '@plone/volto/helpers/Utils/Utils';
import LoginForm from '../../security/login/components/LoginForm';
import ErrorPage from '../../site/components/ErrorPage';
import messages from '../messages';

/**
 * What a visitor sees when the backend answers 401 on a members-only page.
 *
 * Anonymous visitors get the login form in place; once logged in, the page
 * is fetched again (Volto would not: the URL does not change). Zope answers
 * 401 to logged-in members too, so they get a plain "no access" notice, not
 * a login form.
 */
const LoginRequiredView = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const { pathname } = useLocation();
  const token = useSelector((state) => state.userSession.token);
  // Whether this page was shown to an anonymous visitor in the first place.
  const wasAnonymous = useRef(!token);
  const hasJustLoggedIn = wasAnonymous.current && Boolean(token);

  useEffect(() => {
    if (hasJustLoggedIn) {
      dispatch(getContent(getBaseUrl(pathname)));
    }
  }, [dispatch, hasJustLoggedIn, pathname]);

  const isAnonymous = !token || hasJustLoggedIn;
  const returnTo = { search: `?return_url=${encodeURIComponent(pathname)}` };

  return (
    <ErrorPage
      title={intl.formatMessage(
        isAnonymous ? messages.loginRequired : messages.accessDenied,
      )}
      detail={intl.formatMessage(
        isAnonymous ? messages.membersOnly : messages.accessDeniedDetail,
      )}
      bodyClass="view-unauthorized"
    >
      {isAnonymous && (
        <LoginForm location={returnTo} headingLevel={2} withTitle={false} />
      )}
    </ErrorPage>
  );
};

const LoginRequiredWithCode = withServerErrorCode(401)(LoginRequiredView);
LoginRequiredWithCode.displayName = 'unauthorized';

export default LoginRequiredWithCode;

import { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { useHistory, useLocation } from 'react-router-dom';
import { logout } from '@plone/volto/actions/userSession/userSession';
import { languageOf } from '../../login/login';
import { isMfaPage, isSessionPage, loginPathFor, mfaPagePath } from '../mfa';

/**
 * Sends a user the server keeps out until she enrols (403
 * MFAEnrolmentRequired, or the login said so) to the settings page, which
 * explains why; and a user whose session predates her second factor (401
 * MFARequired) to the login page. The settings page handles both itself, so
 * recovery codes on screen are never lost to a redirection.
 */
const MfaEnrolmentGuard = () => {
  const dispatch = useDispatch();
  const history = useHistory();
  const { pathname, search } = useLocation();
  const token = useSelector((state) => state.userSession?.token);
  const locale = useSelector((state) => state.intl?.locale);
  const { required, reauthenticate } = useSelector(
    (state) => state.mfaEnrolment ?? {},
  );
  const isExempt = isMfaPage(pathname) || isSessionPage(pathname);

  useEffect(() => {
    if (!token || isExempt) {
      return;
    }
    if (reauthenticate) {
      dispatch(logout());
      history.replace(loginPathFor(pathname, search, locale));
    } else if (required) {
      history.replace(
        mfaPagePath(languageOf(pathname, locale), `${pathname}${search}`),
      );
    }
  }, [
    dispatch,
    history,
    isExempt,
    locale,
    pathname,
    reauthenticate,
    required,
    search,
    token,
  ]);

  return null;
};

export default MfaEnrolmentGuard;

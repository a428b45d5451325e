import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useLocation } from 'react-router-dom';
import { getMyProfile } from '../actions';
import messages from '../messages';
import { createProfilePath } from '../registration';

/**
 * A notice above every page for a signed-in member who has no profile yet
 * (an account made by external login): one small request per session.
 */
const ProfileInvitation = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const { pathname } = useLocation();
  const isSignedIn = useSelector((state) => !!state.userSession?.token);
  const mine = useSelector((state) => state.myProfile);

  useEffect(() => {
    if (isSignedIn && !mine?.loaded) {
      dispatch(getMyProfile()).catch(() => {});
    }
  }, [dispatch, isSignedIn, mine?.loaded]);

  const target = createProfilePath(intl.locale);
  if (!isSignedIn || !mine?.may_create || pathname === target) {
    return null;
  }
  return (
    <aside
      className="tremplin-profile-invitation"
      aria-label={intl.formatMessage(messages.createProfileTitle)}
    >
      <p>
        {intl.formatMessage(messages.profileInvitation)}{' '}
        <Link to={target}>
          {intl.formatMessage(messages.profileInvitationLink)}
        </Link>
      </p>
    </aside>
  );
};

export default ProfileInvitation;

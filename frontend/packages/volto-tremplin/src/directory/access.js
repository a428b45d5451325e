import { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import jwtDecode from 'jwt-decode';
import { getUser } from '@plone/volto/actions/users/users';
import { REVIEWER_ROLES } from '../moderation/constants';
import { SEARCHER_ROLES } from './constants';

/**
 * What the directory may offer a reader with `roles` (null: not known
 * yet): 'pending', 'guest' (signed in, not verified), 'member' or
 * 'reviewer' (may also list unverified profiles).
 */
export function accessOf(roles) {
  if (!roles) {
    return 'pending';
  }
  if (roles.some((role) => REVIEWER_ROLES.includes(role))) {
    return 'reviewer';
  }
  return roles.some((role) => SEARCHER_ROLES.includes(role))
    ? 'member'
    : 'guest';
}

/**
 * The reader's access to the directory, from her global roles (group
 * roles included, loaded once): 'anonymous' without a token, then as
 * accessOf. The server decides again on every request.
 */
export function useDirectoryAccess() {
  const dispatch = useDispatch();
  const token = useSelector((state) => state.userSession?.token);
  const user = useSelector((state) => state.users?.user);
  const hasFailed = Boolean(useSelector((state) => state.users?.get?.error));
  // Other parts of the page (the moderation menu) ask for her too.
  const isAsking = Boolean(useSelector((state) => state.users?.get?.loading));
  const userId = token ? jwtDecode(token).sub : null;
  const isLoaded = Boolean(userId) && user?.id === userId;
  useEffect(() => {
    if (userId && !isLoaded && !isAsking) {
      dispatch(getUser(userId));
    }
  }, [dispatch, userId, isLoaded, isAsking]);
  if (!userId) {
    return { access: 'anonymous', userId: null };
  }
  if (!isLoaded && hasFailed) {
    // Her roles could not be read: let the server answer for them.
    return { access: 'member', userId };
  }
  return {
    access: accessOf(isLoaded ? user.roles ?? [] : null),
    userId,
  };
}

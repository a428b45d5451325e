import { useEffect, useRef, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { useHistory, useLocation } from 'react-router-dom';
import jwtDecode from 'jwt-decode';
import { getSession, keepSession } from '../actions';
import { endSession } from '../endSession';
import { createIdleTracker } from '../idleTracker';
import IdleWarningDialog from './IdleWarningDialog';

/** What counts as the member's activity (besides navigating). */
export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'scroll', 'wheel'];

// Passive: never delays scrolling. Capture: scroll events do not bubble,
// a scrolling panel is activity too.
const LISTENER_OPTIONS = { passive: true, capture: true };

/** One session: the server's session id (`sid` claim), else the token. */
function sessionKeyOf(token) {
  try {
    return jwtDecode(token).sid || token;
  } catch {
    return token;
  }
}

/** Follows one signed-in session (see idleTracker.js for the timing). */
const SessionWatch = () => {
  const dispatch = useDispatch();
  const history = useHistory();
  const { pathname } = useLocation();
  const language = useSelector((state) => state.intl?.locale) || 'fr';
  const [warning, setWarning] = useState(null);
  const tracker = useRef(null);

  useEffect(() => {
    const watch = createIdleTracker({
      readSession: () => dispatch(getSession()),
      keepAlive: () => dispatch(keepSession()),
      onWarning: (deadline, minutes) => setWarning({ deadline, minutes }),
      onWarningEnd: () => setWarning(null),
      onEnded: (reason, minutes) => {
        setWarning(null);
        dispatch(endSession(reason, { minutes }));
      },
    });
    tracker.current = watch;
    const onActivity = () => watch.activity();
    const onVisibility = () => {
      if (document.visibilityState === 'visible') {
        watch.resume();
      }
    };
    ACTIVITY_EVENTS.forEach((name) =>
      window.addEventListener(name, onActivity, LISTENER_OPTIONS),
    );
    document.addEventListener('visibilitychange', onVisibility);
    watch.start();
    return () => {
      watch.stop();
      ACTIVITY_EVENTS.forEach((name) =>
        window.removeEventListener(name, onActivity, LISTENER_OPTIONS),
      );
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [dispatch]);

  // Going to another page is activity; arriving on the first one is not
  // (the server counted the requests that loaded it).
  const firstPathname = useRef(pathname);
  useEffect(() => {
    if (pathname !== firstPathname.current) {
      firstPathname.current = null;
      tracker.current?.activity();
    }
  }, [pathname]);

  if (!warning) {
    return null;
  }
  return (
    <IdleWarningDialog
      deadline={warning.deadline}
      minutes={warning.minutes}
      onStay={() => tracker.current?.stay()}
      onSignOut={() => {
        tracker.current?.stop();
        setWarning(null);
        history.push(`/${language}/logout`);
      }}
    />
  );
};

/**
 * appExtras component: for a signed-in member, keeps her session alive
 * while she is active, warns her one minute before the idle logout and
 * then signs her out (spec §6.3.3). Renders nothing for visitors.
 */
const IdleMonitor = () => {
  const token = useSelector((state) => state.userSession?.token);
  if (!token) {
    return null;
  }
  return <SessionWatch key={sessionKeyOf(token)} />;
};

export default IdleMonitor;

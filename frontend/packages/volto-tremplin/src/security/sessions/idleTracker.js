/**
 * The idle monitor's clock, without React: when to send a keep-alive, when
 * to warn, when the member is idle. The server decides (GET
 * @tremplin-session gives its idle deadline); this only follows it.
 *
 * - Activity (the component reports keyboard, pointer, scroll, navigation)
 *   sends POST @tremplin-session at most once per KEEP_ALIVE_INTERVAL_MS:
 *   at once when the last one is older, else once that interval is over
 *   (trailing), so the server never lags the member by more than that.
 * - WARNING_MS before the deadline the server is asked again (another tab
 *   may have kept the session alive): still due → `onWarning(deadline)`.
 * - At the deadline, asked once more, then `onEnded('idle')`.
 * - A keep-alive or read refused with 401 SessionExpired → `onEnded`.
 *
 * Times are this browser's clock. The server's ISO deadline is turned into
 * a delay with the server's own "now" when its answer gives one, else with
 * the local clock (clocks kept by NTP are seconds apart).
 */
import {
  KEEP_ALIVE_INTERVAL_MS,
  REASON_EXPIRED,
  REASON_IDLE,
  WARNING_MS,
} from './constants';
import { isSessionExpired } from './loginReason';

/** The server answers late by this much at most (a request's round trip). */
const SLACK_MS = 2000;

/**
 * @param {object} options
 * @param {() => Promise<object>} options.readSession GET (background)
 * @param {() => Promise<object>} options.keepAlive POST
 * @param {(deadline: number, minutes: number) => void} options.onWarning
 * @param {() => void} options.onWarningEnd the member stays signed in
 * @param {(reason: string, minutes: number) => void} options.onEnded
 * @param {() => number} [options.now]
 */
export function createIdleTracker({
  readSession,
  keepAlive,
  onWarning,
  onWarningEnd,
  onEnded,
  now = () => Date.now(),
}) {
  let idleTimeoutMs = null;
  let deadline = null;
  let lastActivity = 0;
  let lastKeepAlive = 0;
  let keepAliveInFlight = false;
  let keepAliveTimer = null;
  let deadlineTimer = null;
  let warning = false;
  let stopped = false;

  const minutes = () =>
    idleTimeoutMs ? Math.round(idleTimeoutMs / 60000) : null;
  const remaining = () => deadline - now();

  /** Takes the server's idle deadline from a @tremplin-session answer. */
  function sync(body) {
    const timeout = Number(body?.idle_timeout);
    if (timeout > 0) {
      idleTimeoutMs = timeout * 1000;
    }
    const expires = Date.parse(body?.idle_expires);
    if (Number.isNaN(expires)) {
      return false;
    }
    const serverNow = Date.parse(body?.now);
    deadline = now() + expires - (Number.isNaN(serverNow) ? now() : serverNow);
    return true;
  }

  function end(reason) {
    if (stopped) {
      return;
    }
    stop();
    onEnded(reason, minutes());
  }

  /** A failed request: the session is over, or the server is not reachable. */
  function failed(error, reason) {
    if (isSessionExpired(error) || error?.status === 401) {
      end(reason);
    }
  }

  function setDeadlineTimer(callback, delay) {
    clearTimeout(deadlineTimer);
    deadlineTimer = setTimeout(callback, Math.max(0, delay));
  }

  /** One timer: the warning check, or (warning shown) the logout. */
  function plan() {
    if (stopped || deadline === null) {
      return;
    }
    if (warning) {
      setDeadlineTimer(expire, remaining());
    } else {
      setDeadlineTimer(check, remaining() - WARNING_MS);
    }
  }

  function openWarning() {
    warning = true;
    onWarning(deadline, minutes());
    plan();
  }

  function closeWarning() {
    if (warning) {
      warning = false;
      onWarningEnd();
    }
  }

  /** The warning is due: unless the server has moved the deadline. */
  function check() {
    if (stopped) {
      return;
    }
    if (lastActivity > lastKeepAlive) {
      // Activity not reported yet (its trailing keep-alive is pending).
      sendKeepAlive();
      return;
    }
    readSession().then(
      (body) => {
        if (stopped) {
          return;
        }
        sync(body);
        if (remaining() > WARNING_MS + SLACK_MS) {
          plan();
        } else {
          openWarning();
        }
      },
      (error) => failed(error, REASON_EXPIRED),
    );
  }

  /** The deadline has come with the warning open: idle, unless kept alive elsewhere. */
  function expire() {
    if (stopped) {
      return;
    }
    readSession().then(
      (body) => {
        if (stopped) {
          return;
        }
        sync(body);
        if (remaining() > SLACK_MS) {
          closeWarning();
          plan();
        } else {
          end(REASON_IDLE);
        }
      },
      () => end(REASON_IDLE),
    );
  }

  function sendKeepAlive() {
    clearTimeout(keepAliveTimer);
    keepAliveTimer = null;
    keepAliveInFlight = true;
    lastKeepAlive = now();
    const wasWarning = warning;
    return keepAlive().then(
      (body) => {
        keepAliveInFlight = false;
        if (stopped) {
          return;
        }
        closeWarning();
        // Activity while the request was on its way: reported in a minute.
        scheduleKeepAlive();
        if (sync(body)) {
          plan();
        } else {
          // An answer without the deadline: ask for it.
          readSession().then(
            (session) => {
              if (!stopped && sync(session)) {
                plan();
              }
            },
            (error) => failed(error, REASON_EXPIRED),
          );
        }
      },
      (error) => {
        keepAliveInFlight = false;
        failed(error, wasWarning ? REASON_IDLE : REASON_EXPIRED);
      },
    );
  }

  /** The member did something (cheap: called on every event). */
  function activity() {
    lastActivity = now();
    scheduleKeepAlive();
  }

  /** A keep-alive for activity not reported yet: now, or once the minute is over. */
  function scheduleKeepAlive() {
    if (stopped || warning || keepAliveInFlight || keepAliveTimer) {
      return;
    }
    if (lastActivity <= lastKeepAlive) {
      return;
    }
    const since = now() - lastKeepAlive;
    if (since >= KEEP_ALIVE_INTERVAL_MS) {
      sendKeepAlive();
    } else {
      keepAliveTimer = setTimeout(() => {
        keepAliveTimer = null;
        if (!stopped && !warning && lastActivity > lastKeepAlive) {
          sendKeepAlive();
        }
      }, KEEP_ALIVE_INTERVAL_MS - since);
    }
  }

  /** "Stay signed in". */
  function stay() {
    if (!stopped) {
      sendKeepAlive();
    }
  }

  /**
   * Starts following the session. Loading the page was activity the server
   * counted, so the first keep-alive waits one interval.
   */
  function start() {
    lastKeepAlive = now();
    readSession().then(
      (body) => {
        if (!stopped && sync(body)) {
          plan();
        }
      },
      (error) => failed(error, REASON_EXPIRED),
    );
  }

  /**
   * The tab is visible again: browsers slow down the timers of hidden tabs,
   * so the timer is set again from the current time.
   */
  function resume() {
    plan();
  }

  function stop() {
    stopped = true;
    clearTimeout(deadlineTimer);
    clearTimeout(keepAliveTimer);
  }

  return { start, stop, activity, stay, resume };
}

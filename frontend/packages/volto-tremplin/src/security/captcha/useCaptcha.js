import { useCallback, useEffect, useRef, useState } from 'react';

/** States in which the widget will not deliver a payload by itself. */
export const STUCK_STATES = ['error', 'unavailable'];

/**
 * The state a form keeps for its Captcha, and submission that waits for
 * it: `whenSolved(send)` calls `send(payload)` at once when the check is
 * done, else as soon as it is (the visitor who presses the button early
 * does not have to press it again), or `onStuck()` when the check failed
 * and needs her. Spread `captchaProps` on <Captcha>; `renew()` after each
 * submission asks for a new challenge (a payload is good for one request).
 */
export default function useCaptcha({ onStuck } = {}) {
  const [payload, setPayload] = useState(null);
  const [state, setState] = useState('loading');
  const [resetKey, setResetKey] = useState(0);
  const [isWaiting, setWaiting] = useState(false);
  const pending = useRef(null);
  const stuck = useRef(onStuck);
  stuck.current = onStuck;

  useEffect(() => {
    if (!isWaiting) {
      return;
    }
    if (payload) {
      const send = pending.current;
      pending.current = null;
      setWaiting(false);
      send?.(payload);
    } else if (STUCK_STATES.includes(state)) {
      pending.current = null;
      setWaiting(false);
      stuck.current?.(state);
    }
  }, [isWaiting, payload, state]);

  const whenSolved = useCallback(
    (send) => {
      if (payload) {
        send(payload);
        return true;
      }
      if (STUCK_STATES.includes(state)) {
        stuck.current?.(state);
        return false;
      }
      pending.current = send;
      setWaiting(true);
      return false;
    },
    [payload, state],
  );

  const renew = useCallback(() => {
    setPayload(null);
    setResetKey((key) => key + 1);
  }, []);

  const cancel = useCallback(() => {
    pending.current = null;
    setWaiting(false);
  }, []);

  return {
    payload,
    state,
    isWaiting,
    whenSolved,
    renew,
    cancel,
    captchaProps: { onChange: setPayload, onStateChange: setState, resetKey },
  };
}

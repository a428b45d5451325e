/**
 * What the password login's code step (useTwoStepLogin) and the external
 * login's (useExternalCode) share: the first method, the method labels, the
 * lockout text and a dispatch that knows when a request is under way.
 */
import { useCallback, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useDispatch } from 'react-redux';
import accountMessages from '../../../accounts/messages';
import { waitParts } from '../../../accounts/registration';
import messages from '../messages';

const WAIT_MESSAGES = {
  seconds: accountMessages.waitSeconds,
  minutes: accountMessages.waitMinutes,
};

export const MODE_LABELS = {
  totp: messages.codeTotp,
  sms: messages.codeSms,
  recovery: messages.codeRecovery,
};

/** The method the code step opens with: the application when she has one. */
export const firstMode = (methods) =>
  methods.includes('totp') || !methods.includes('sms') ? 'totp' : 'sms';

/** "Locked, try again in N minutes" for a 429's Retry-After seconds. */
export function useLockedText() {
  const intl = useIntl();
  return (seconds) => {
    if (!seconds) {
      return intl.formatMessage(messages.lockedNoDelay);
    }
    const { unit, count } = waitParts(seconds);
    return intl.formatMessage(messages.locked, {
      wait: intl.formatMessage(WAIT_MESSAGES[unit], { count }),
    });
  };
}

/**
 * `run(action)` dispatches a request action; `isSending` renders the busy
 * state and `sending.current` refuses a second submit before the re-render.
 */
export function useSendingDispatch() {
  const dispatch = useDispatch();
  const [isSending, setSending] = useState(false);
  const sending = useRef(false);
  const run = useCallback(
    (action) => {
      sending.current = true;
      setSending(true);
      return dispatch(action).finally(() => {
        sending.current = false;
        setSending(false);
      });
    },
    [dispatch],
  );
  return { run, isSending, sending, dispatch };
}

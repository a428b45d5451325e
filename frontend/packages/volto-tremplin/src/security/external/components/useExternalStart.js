/**
 * Sends the browser to a provider: asks the backend where to (GET
 * @login-authomatic), keeps the signed state for the way back, then leaves.
 */
import { useCallback, useRef, useState } from 'react';
import { useDispatch } from 'react-redux';
import { startExternalLogin } from '../actions';
import { isWebAddress, rememberJourney, sessionStore } from '../external';

/** Leaves the page for `url` (a function so that tests can watch it). */
export const goTo = (url) => window.location.assign(url);

/**
 * `start(provider, purpose, returnUrl)` with provider {id, title}.
 * `pending` is the provider on its way (the page is about to unload),
 * `failed` the one whose start did not work.
 */
export function useExternalStart(leave = goTo) {
  const dispatch = useDispatch();
  const [pending, setPending] = useState(null);
  const [failed, setFailed] = useState(null);
  const busy = useRef(false);

  const start = useCallback(
    (provider, purpose, returnUrl) => {
      if (busy.current) {
        return;
      }
      busy.current = true;
      setPending(provider);
      setFailed(null);
      dispatch(startExternalLogin(provider.id))
        .then((result) => {
          if (
            !isWebAddress(result?.next_url) ||
            typeof result.session !== 'string'
          ) {
            throw new Error('No provider address in the answer');
          }
          rememberJourney(sessionStore(), {
            provider: provider.id,
            title: provider.title,
            purpose,
            session: result.session,
            returnUrl,
          });
          leave(result.next_url);
        })
        .catch(() => {
          busy.current = false;
          setPending(null);
          setFailed(provider);
        });
    },
    [dispatch, leave],
  );

  return { pending, failed, start };
}

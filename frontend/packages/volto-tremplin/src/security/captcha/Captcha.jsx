import { useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { formatUrl } from '@plone/volto/helpers/Api/Api';
import loadAltcha from './loadAltcha';
import messages from './messages';
import './Captcha.scss';

/** The backend service that hands out ALTCHA challenges (security.captcha). */
export const CHALLENGE_PATH = '/@tremplin-captcha';

/**
 * The widget's own texts in the interface language, over its English
 * defaults: `language` picks them (the widget's i18n registry).
 */
export function registerStrings(altcha, language, intl) {
  const text = (key) => intl.formatMessage(messages[key]);
  altcha.i18n.set(language, {
    ...(altcha.i18n.get('en') || {}),
    ...(altcha.i18n.get(language) || {}),
    label: text('label'),
    loading: text('loading'),
    verifying: text('verifying'),
    verified: text('verified'),
    error: text('failed'),
    expired: text('expired'),
    waitAlert: text('waitAlert'),
    verificationRequired: text('label'),
    reload: text('reload'),
    verify: text('verify'),
  });
}

// What the live region says in each state of the widget (null: nothing).
const STATE_MESSAGES = {
  verifying: 'verifying',
  verified: 'verified',
  error: 'failed',
  expired: 'expired',
  unavailable: 'unavailable',
};

// Widget settings that have no attribute: no logo nor "Protected by
// ALTCHA" link (the docs credit it), and as wide as the form allows.
const CONFIGURATION = JSON.stringify({ hideLogo: true, hideFooter: true });

/**
 * "Not a robot" check of the public forms (spec §6.3): an ALTCHA proof of
 * work the browser solves by itself as soon as the form shows (no puzzle,
 * no third party, no cookie). The widget is loaded on the client only, on
 * demand, and fetches its challenge from the backend through Volto's API
 * path. `onChange(payload)` gets the payload to POST as `captcha` once
 * solved, `onChange(null)` whenever there is none (not yet, expired,
 * failed). A new `resetKey` asks for a new challenge (a payload is good for
 * one request). `error` is the server's message for the field.
 */
const Captcha = ({ id, onChange, onStateChange, error, resetKey }) => {
  const intl = useIntl();
  const widgetRef = useRef(null);
  const [isLoaded, setLoaded] = useState(false);
  const [state, setState] = useState('loading');
  // The latest callbacks, for the widget's event listeners.
  const callbacks = useRef({ onChange, onStateChange });
  callbacks.current = { onChange, onStateChange };
  const language = intl.locale;

  useEffect(() => {
    let isCurrent = true;
    loadAltcha()
      .then((altcha) => {
        if (isCurrent) {
          registerStrings(altcha, language, intl);
          setLoaded(true);
          setState('unverified');
        }
      })
      .catch(() => isCurrent && setState('unavailable'));
    return () => {
      isCurrent = false;
    };
    // intl changes with the language only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language]);

  useEffect(() => {
    callbacks.current.onStateChange?.(state);
  }, [state]);

  // A payload belongs to this widget: gone with it.
  useEffect(() => () => callbacks.current.onChange(null), []);

  useEffect(() => {
    const widget = widgetRef.current;
    if (!isLoaded || !widget) {
      return undefined;
    }
    const onWidgetState = (event) => {
      const { state: next, payload } = event.detail || {};
      if (!next) {
        return;
      }
      setState(next);
      callbacks.current.onChange(
        next === 'verified' && payload ? payload : null,
      );
      if (next === 'expired') {
        // A fresh challenge at once: the visitor has nothing to do.
        widget.verify?.();
      }
    };
    widget.addEventListener('statechange', onWidgetState);
    return () => widget.removeEventListener('statechange', onWidgetState);
  }, [isLoaded]);

  const firstReset = useRef(resetKey);
  useEffect(() => {
    const widget = widgetRef.current;
    if (resetKey === firstReset.current || !widget) {
      return;
    }
    firstReset.current = resetKey;
    callbacks.current.onChange(null);
    widget.reset?.();
    widget.verify?.();
  }, [resetKey]);

  const said = STATE_MESSAGES[state];
  const describedBy = [`${id}-help`, error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      id={id}
      className="tremplin-captcha"
      data-state={state}
      aria-describedby={describedBy}
    >
      <legend>{intl.formatMessage(messages.legend)}</legend>
      <p id={`${id}-help`} className="tremplin-captcha-help">
        {intl.formatMessage(messages.help)}
      </p>
      {isLoaded ? (
        <altcha-widget
          ref={widgetRef}
          challenge={formatUrl(CHALLENGE_PATH)}
          auto="onload"
          language={language}
          name={`${id}-payload`}
          configuration={CONFIGURATION}
        />
      ) : (
        state === 'loading' && (
          <p className="tremplin-captcha-loading">
            {intl.formatMessage(messages.loading)}
          </p>
        )
      )}
      <p className="tremplin-captcha-status" aria-live="polite">
        {said ? intl.formatMessage(messages[said]) : ''}
      </p>
      {error && (
        <p id={`${id}-error`} className="tremplin-captcha-error">
          {error}
        </p>
      )}
    </fieldset>
  );
};

Captcha.propTypes = {
  /** DOM id of the group; its parts get ids derived from it. */
  id: PropTypes.string.isRequired,
  /** Called with the payload (a string) or null. */
  onChange: PropTypes.func.isRequired,
  /** Called with the widget's state: loading, unverified, verifying, verified, error, expired, unavailable. */
  onStateChange: PropTypes.func,
  /** The server's message about the captcha, if any. */
  error: PropTypes.string,
  /** Change it to get a new challenge (after each submission). */
  resetKey: PropTypes.oneOfType([PropTypes.string, PropTypes.number]),
};

export default Captcha;

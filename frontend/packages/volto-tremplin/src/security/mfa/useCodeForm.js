/**
 * A small form whose fields the server checks: values, the server's field
 * errors ({field: message}), and a submit that focuses the first faulty
 * field. Shared by the enrolment and the password + code forms.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useDispatch } from 'react-redux';
import { fieldErrorsFrom } from '../../accounts/registration';
import { statusOf } from '../login/login';
import messages from './messages';

export function useCodeForm({ initial, idPrefix, action, onSuccess, check }) {
  const intl = useIntl();
  const dispatch = useDispatch();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState({});
  const [isSending, setSending] = useState(false);
  const [focus, setFocus] = useState(null);
  const sending = useRef(false);

  useEffect(() => {
    if (focus) {
      document.getElementById(`${idPrefix}-${focus}`)?.focus();
      setFocus(null);
    }
  }, [focus, idPrefix]);

  const onChange = useCallback((name, value) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors(({ [name]: fixed, ...others }) => others);
  }, []);

  const showErrors = (found) => {
    setErrors(found);
    setFocus(Object.keys(found).find((name) => name in initial) ?? null);
  };

  // Errors of fields this form does not show go to the form as a whole;
  // other refusals (429 locked or too soon, 503) say what the server said.
  const onFailure = (error) => {
    const body = error?.response?.body;
    if (statusOf(error) !== 400) {
      const said = body?.error?.message ?? body?.message;
      showErrors({ '': said || intl.formatMessage(messages.failed) });
      return;
    }
    const found = {};
    Object.entries(fieldErrorsFrom(error)).forEach(([field, message]) => {
      const key = field in initial ? field : '';
      found[key] = [found[key], message].filter(Boolean).join(' ');
    });
    showErrors(found);
  };

  const onSubmit = (event) => {
    event.preventDefault();
    if (sending.current) {
      return;
    }
    const required = intl.formatMessage(messages.required);
    const found = Object.fromEntries(
      Object.keys(initial)
        .filter((name) => !String(values[name] ?? '').trim())
        .map((name) => [name, required]),
    );
    Object.assign(found, check ? check(values) : {});
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return;
    }
    sending.current = true;
    setSending(true);
    dispatch(action(values))
      .finally(() => {
        sending.current = false;
        setSending(false);
      })
      .then((result) => onSuccess(result, values), onFailure);
  };

  return { values, errors, isSending, onChange, onSubmit, setErrors };
}

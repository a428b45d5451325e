import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useLocation } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import jwtDecode from 'jwt-decode';
import { getUser } from '@plone/volto/actions/users/users';
import { getBaseUrl } from '@plone/volto/helpers/Url/Url';
import { TextField } from '../../accounts/components/RegistrationFields';
import PageToolbar from '../../moderation/components/PageToolbar';
import { changePassword } from './actions';
import { fieldErrorsOf, statusOf } from './errors';
import messages from './messages';
import RevealPasswords from './RevealPasswords';
import PasswordStrength from './PasswordStrength';
import { PASSWORD_MIN_LENGTH } from './rules';
// The registration's form styles (`.registration` scope): same controls.
import '../../accounts/components/Registration.scss';
import PageMeta from '../../seo/components/PageMeta';

const FIELDS = ['oldPassword', 'newPassword', 'newPasswordRepeat'];
const EMPTY = { oldPassword: '', newPassword: '', newPasswordRepeat: '' };

export const changeFieldId = (name) => `change-password-${name}`;

/** The id of the member logged in (the subject of her token), or ''. */
const userIdOf = (token) => {
  try {
    return token ? jwtDecode(token).sub : '';
  } catch {
    return '';
  }
};

/**
 * The client-side checks: every field filled, the new password long
 * enough, the same twice and not the current one. {field: message}.
 */
export function validateChange(values, intl) {
  const found = {};
  for (const name of FIELDS) {
    if (!values[name]) {
      found[name] = intl.formatMessage(messages.errorRequired);
    }
  }
  if (values.newPassword && values.newPassword.length < PASSWORD_MIN_LENGTH) {
    found.newPassword = intl.formatMessage(messages.errorTooShort, {
      count: PASSWORD_MIN_LENGTH,
    });
  } else if (values.newPassword && values.newPassword === values.oldPassword) {
    found.newPassword = intl.formatMessage(messages.errorSameAsOld);
  }
  if (
    values.newPasswordRepeat &&
    values.newPassword &&
    values.newPasswordRepeat !== values.newPassword
  ) {
    found.newPasswordRepeat = intl.formatMessage(messages.errorMismatch);
  }
  return found;
}

/**
 * Where the backend's refusal goes: a wrong current password (403 "Wrong
 * password") on the current password; a refused new password on the new
 * one: Plone's membership tool raises a plain 400 with the password
 * policy's sentences (security.passwords' PAS plugin), or a field list
 * names new_password/password; anything else in general.
 */
export function placeChangeErrors(error, intl) {
  const status = statusOf(error);
  const { errors, type } = fieldErrorsOf(error);
  if (status === 403 && /password/i.test(type || '')) {
    return {
      oldPassword: intl.formatMessage(messages.errorWrongPassword),
    };
  }
  if (status === 400) {
    const {
      new_password: newPassword,
      password,
      old_password: oldPassword,
      '': general,
      ...others
    } = errors;
    const placed = {
      ...(oldPassword && { oldPassword }),
      ...((newPassword || password || general) && {
        newPassword: [newPassword || password, general]
          .filter(Boolean)
          .join(' '),
      }),
    };
    const rest = Object.values(others).filter(Boolean).join(' ');
    return rest ? { ...placed, '': rest } : placed;
  }
  return { '': intl.formatMessage(messages.serverError) };
}

/**
 * The member's own password change, in place of Volto's page of the same
 * address (/change-password): it says why a change was refused (a wrong
 * current password, a password the backend's rules refuse, two different
 * entries), where Volto's page said nothing, and gives live feedback on the
 * new password's strength (PasswordStrength). It sends Volto's request
 * (POST @users/<id>/reset-password with the current password).
 */
const ChangePasswordPage = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const { pathname } = useLocation();
  const token = useSelector((state) => state.userSession?.token);
  const userId = userIdOf(token);
  const user = useSelector((state) => state.users?.user);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState({});
  const [isShown, setShown] = useState(false);
  const [isSending, setSending] = useState(false);
  const [status, setStatus] = useState('');
  const [isChanged, setChanged] = useState(false);
  const [focusTarget, setFocusTarget] = useState(null);
  const doneRef = useRef(null);

  useEffect(() => {
    if (userId && user?.id !== userId) {
      // Her e-mail and name: a password made of them is weak.
      Promise.resolve(dispatch(getUser(userId))).catch(() => {});
    }
  }, [dispatch, userId, user?.id]);

  useEffect(() => {
    if (focusTarget === 'done') {
      doneRef.current?.focus();
    } else if (focusTarget) {
      document.getElementById(changeFieldId(focusTarget))?.focus();
    }
    if (focusTarget) {
      setFocusTarget(null);
    }
  }, [focusTarget]);

  const onChange = (name, value) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors(({ [name]: fixed, ...others }) => others);
    setChanged(false);
  };

  const showErrors = (found) => {
    setErrors(found);
    setStatus(
      intl.formatMessage(messages.errorsOnForm, {
        count: Object.keys(found).length,
      }),
    );
    setFocusTarget(FIELDS.find((name) => found[name]) || null);
  };

  const onSubmit = (event) => {
    event.preventDefault();
    if (isSending) {
      return;
    }
    const found = validateChange(values, intl);
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return;
    }
    setErrors({});
    setSending(true);
    setStatus(intl.formatMessage(messages.saving));
    dispatch(changePassword(userId, values.oldPassword, values.newPassword))
      .then(() => {
        setSending(false);
        setValues(EMPTY);
        setChanged(true);
        setStatus(intl.formatMessage(messages.changed));
        setFocusTarget('done');
      })
      .catch((error) => {
        setSending(false);
        const placed = placeChangeErrors(error, intl);
        if (Object.keys(placed).every((name) => name === '')) {
          setErrors(placed);
          setStatus('');
        } else {
          showErrors(placed);
        }
      });
  };

  const title = intl.formatMessage(messages.changeTitle);
  const passwordType = isShown ? 'text' : 'password';
  const strengthId = changeFieldId('strength');
  const field = (name) => ({
    name,
    id: changeFieldId(name),
    type: passwordType,
    value: values[name],
    error: errors[name],
    onChange,
    spellCheck: false,
  });
  return (
    <Container
      id="page-change-password"
      className="view-wrapper registration change-password"
    >
      <PageMeta title={title} noindex />
      <h1 id="change-password-heading" className="documentFirstHeading">
        {title}
      </h1>
      {!userId ? (
        <p>
          <Link to="/login">{intl.formatMessage(messages.loginFirst)}</Link>
        </p>
      ) : (
        <form
          className="registration-form"
          noValidate
          onSubmit={onSubmit}
          aria-labelledby="change-password-heading"
        >
          <p className="documentDescription">
            {intl.formatMessage(messages.changeIntro)}
          </p>
          {/* The account's login, for password managers. */}
          <input
            type="hidden"
            name="username"
            autoComplete="username"
            value={user?.username || userId}
          />
          <TextField
            {...field('oldPassword')}
            label={intl.formatMessage(messages.currentPassword)}
            autoComplete="current-password"
          />
          <TextField
            {...field('newPassword')}
            label={intl.formatMessage(messages.newPassword)}
            help={intl.formatMessage(messages.rules, {
              count: PASSWORD_MIN_LENGTH,
            })}
            describedBy={strengthId}
            autoComplete="new-password"
          >
            <PasswordStrength
              id={strengthId}
              password={values.newPassword}
              userInputs={{ email: user?.email, fullname: user?.fullname }}
            />
          </TextField>
          <TextField
            {...field('newPasswordRepeat')}
            label={intl.formatMessage(messages.repeatPassword)}
            autoComplete="new-password"
          />
          <RevealPasswords
            id={changeFieldId('show')}
            checked={isShown}
            onChange={setShown}
            label={intl.formatMessage(messages.showPasswords)}
          />
          {errors[''] && (
            <p className="registration-error" role="alert">
              {errors['']}
            </p>
          )}
          {isChanged && (
            <p className="registration-notice" tabIndex={-1} ref={doneRef}>
              {intl.formatMessage(messages.changed)}
            </p>
          )}
          <div className="registration-actions">
            <button
              type="submit"
              className="ui button primary"
              aria-disabled={isSending || undefined}
            >
              {intl.formatMessage(messages.save)}
            </button>
            <Link className="ui button basic" to={getBaseUrl(pathname) || '/'}>
              {intl.formatMessage(messages.cancel)}
            </Link>
          </div>
        </form>
      )}
      <p className="registration-live" role="status" aria-live="polite">
        {status}
      </p>
      <PageToolbar
        pathname={pathname}
        backTo={getBaseUrl(pathname) || '/'}
        backLabel={intl.formatMessage(messages.back)}
      />
    </Container>
  );
};

export default ChangePasswordPage;

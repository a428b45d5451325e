/**
 * Login in two steps (spec §6.3.1): the password, then, for accounts with
 * two-step verification, a code. The JWT exists only once both steps
 * passed; it goes into Volto's session as Volto's own login puts it there.
 *
 * Used as the /login page (LoginPage) and inside pages that answer 401
 * (`headingLevel` 2 under their own title, no document title of its own).
 */
import { useEffect, useRef } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { useHistory, useLocation } from 'react-router-dom';
import { toast } from 'react-toastify';
import { logout } from '@plone/volto/actions/userSession/userSession';
import { useFocusAfterTitle } from '../../../site/focus';
import SessionEndNotice from '../../sessions/components/SessionEndNotice';
import { LOGIN_REASON_MFA, MFA_PAGE } from '../../mfa/constants';
import { languageOf, returnUrlOf } from '../login';
import messages from '../messages';
import CodeStep from './CodeStep';
import PasswordStep from './PasswordStep';
import { useTwoStepLogin } from './useTwoStepLogin';
import './Login.scss';
import PageMeta from '../../../seo/components/PageMeta';

/** The page after the login: the enrolment page first when it is due. */
export function destinationAfterLogin({
  enrolmentRequired,
  returnUrl,
  language,
}) {
  if (!enrolmentRequired) {
    return returnUrl;
  }
  return `/${language}/${MFA_PAGE}?return_url=${encodeURIComponent(returnUrl)}`;
}

const FIELD_IDS = {
  login: 'login-name',
  password: 'login-password',
  code: 'login-code',
  captcha: 'login-captcha',
};

/** Focuses a field of the form, or the first control of a group. */
function focusField(name) {
  const target = document.getElementById(FIELD_IDS[name] ?? `login-${name}`);
  const control =
    target?.tagName === 'FIELDSET'
      ? target.querySelector('input, button, [tabindex]')
      : target;
  control?.focus();
}

const LoginForm = ({ location: givenLocation, headingLevel, withTitle }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const history = useHistory();
  const routerLocation = useLocation();
  const location = givenLocation ?? routerLocation;
  const locale = useSelector((state) => state.intl?.locale);
  const language = languageOf(routerLocation.pathname, locale);
  const returnUrl = returnUrlOf(location);
  const isMfaReason =
    new URLSearchParams(routerLocation.search).get('reason') ===
    LOGIN_REASON_MFA;
  const headingRef = useRef(null);

  const login = useTwoStepLogin(({ enrolmentRequired }) => {
    ['loggedOut', 'loginFailed'].forEach((id) => toast.dismiss(id));
    history.push(
      destinationAfterLogin({ enrolmentRequired, returnUrl, language }),
    );
  });

  // Volto's "log in as someone else" link (Unauthorized) comes with
  // state.isLogout: end the current session first, as Volto's Login does.
  const isLogout = Boolean(routerLocation.state?.isLogout);
  useEffect(() => {
    if (isLogout) {
      dispatch(logout());
      history.replace(`${routerLocation.pathname}${routerLocation.search}`);
    }
  }, [dispatch, history, isLogout, routerLocation]);

  useFocusAfterTitle(headingRef, login.headingFocus);
  const { fieldFocus, clearFieldFocus } = login;
  useEffect(() => {
    if (fieldFocus) {
      focusField(fieldFocus);
      clearFieldFocus();
    }
  }, [fieldFocus, clearFieldFocus]);

  const Heading = `h${headingLevel}`;
  const title = intl.formatMessage(
    login.step === 'code' ? messages.codeTitle : messages.title,
  );
  return (
    <div className="security-page login-page">
      {withTitle && (
        <PageMeta
          title={title}
          description={intl.formatMessage(messages.intro)}
        />
      )}
      <Heading
        id="login-heading"
        className="documentFirstHeading"
        tabIndex={-1}
        ref={headingRef}
      >
        {title}
      </Heading>
      {login.step === 'password' ? (
        <>
          <SessionEndNotice />
          {isMfaReason && (
            <p className="security-notice" role="status">
              {intl.formatMessage(messages.reasonMfa)}
            </p>
          )}
          <p className="security-intro">{intl.formatMessage(messages.intro)}</p>
          <PasswordStep
            values={login.values}
            errors={login.errors}
            problem={login.problem?.text}
            problemIsCredentials={Boolean(login.problem?.credentials)}
            captchaRequired={login.captchaRequired}
            captchaRound={login.captchaRound}
            isSending={login.isSending}
            language={language}
            onChange={login.onChange}
            onCaptcha={login.onCaptcha}
            onSubmit={login.submitPassword}
          />
        </>
      ) : (
        <CodeStep
          mode={login.mode}
          methods={login.challenge.methods}
          code={login.code}
          error={login.codeError}
          expires={login.challenge.expires}
          isSending={login.isSending}
          smsSent={login.smsSent}
          onChange={login.onCode}
          onSubmit={login.submitCode}
          onMode={login.chooseMode}
          onSendSms={login.sendSms}
          onStartAgain={login.startAgain}
          headingLevel={headingLevel}
        />
      )}
      <p className="security-live" role="status" aria-live="polite">
        {login.status}
      </p>
    </div>
  );
};

LoginForm.propTypes = {
  /** A location whose ?return_url= says where to go (the router's if none). */
  location: PropTypes.shape({
    pathname: PropTypes.string,
    search: PropTypes.string,
  }),
  headingLevel: PropTypes.oneOf([1, 2, 3]),
  withTitle: PropTypes.bool,
};

LoginForm.defaultProps = {
  location: undefined,
  headingLevel: 1,
  withTitle: true,
};

export default LoginForm;

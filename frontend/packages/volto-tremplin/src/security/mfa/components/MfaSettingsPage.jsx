import { useCallback, useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { useHistory } from 'react-router-dom';
import loadable from '@loadable/component';
import jwtDecode from 'jwt-decode';
import qs from 'query-string';
import { Container } from 'semantic-ui-react';
import { logout } from '@plone/volto/actions/userSession/userSession';
import { useFocusAfterTitle } from '../../../site/focus';
import ExternalAccounts from '../../external/components/ExternalAccounts';
import { loggedIn } from '../../login/actions';
import LoginForm from '../../login/components/LoginForm';
import { languageOf, safePath } from '../../login/login';
import { getMfaStatus } from '../actions';
import { loginPathFor } from '../mfa';
import messages from '../messages';
import MfaOverview from './MfaOverview';
import RecoveryCodes from './RecoveryCodes';
import '../../login/components/Login.scss';
import './Mfa.scss';
import PageMeta from '../../../seo/components/PageMeta';

// Only those who set a method up need its screen (and the QR code).
const TotpEnrolment = loadable(() => import('./TotpEnrolment'));
const SmsEnrolment = loadable(() => import('./SmsEnrolment'));

/** The name put at the top of the recovery codes file. */
function accountOf(token) {
  try {
    const { fullname, sub } = jwtDecode(token);
    return fullname || sub;
  } catch {
    return '';
  }
}

/**
 * The two-step verification settings of the signed-in user
 * (/fr/security/mfa): enrol an authenticator application or a phone, save
 * the recovery codes, make new ones, turn it off. Users whose role requires
 * it land here after the login, or from any screen the server refused them,
 * with an explanation; `?return_url=` brings them back once enrolled.
 */
const MfaSettingsPage = ({ location }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const history = useHistory();
  const token = useSelector((state) => state.userSession?.token);
  const status = useSelector((state) => state.mfaStatus ?? {});
  const wall = useSelector((state) => state.mfaEnrolment ?? {});
  const locale = useSelector((state) => state.intl?.locale);
  const language = languageOf(location.pathname, locale);
  const returnUrl = safePath(qs.parse(location.search).return_url);
  // overview | totp | sms | codes
  const [phase, setPhase] = useState('overview');
  // The recovery codes on screen: {list, purpose: 'enrolment' | 'renewal'}.
  const [codes, setCodes] = useState(null);
  // Whether the session must be opened again once the codes are saved.
  const [mustLogIn, setMustLogIn] = useState(false);
  const [notice, setNotice] = useState('');
  const [headingFocus, setHeadingFocus] = useState(0);
  const headingRef = useRef(null);
  useFocusAfterTitle(headingRef, headingFocus);

  const reload = useCallback(
    () => dispatch(getMfaStatus()).catch(() => null),
    [dispatch],
  );
  useEffect(() => {
    if (token) {
      reload();
    }
  }, [token, reload]);

  const logInAgain = useCallback(() => {
    dispatch(logout());
    history.replace(loginPathFor(returnUrl || location.pathname, '', language));
  }, [dispatch, history, language, location.pathname, returnUrl]);

  // A session opened before the second factor existed: log in again (the
  // recovery codes on screen are kept until she says they are saved).
  useEffect(() => {
    if (token && wall.reauthenticate && phase !== 'codes') {
      logInAgain();
    }
  }, [logInAgain, phase, token, wall.reauthenticate]);

  const backToOverview = (text) => {
    setPhase('overview');
    setCodes(null);
    setNotice(text);
    setHeadingFocus((count) => count + 1);
    reload();
  };

  const onEnabled = (result) => {
    if (result.token) {
      dispatch(loggedIn(result.token));
    }
    setMustLogIn(!result.token);
    if (result.recovery_codes?.length) {
      setCodes({ list: result.recovery_codes, purpose: 'enrolment' });
      setPhase('codes');
    } else {
      afterEnrolment(!result.token);
    }
  };

  const afterEnrolment = (loginNeeded) => {
    if (loginNeeded) {
      logInAgain();
    } else if (returnUrl) {
      history.push(returnUrl);
    } else {
      backToOverview(intl.formatMessage(messages.enabled));
    }
  };

  const title = intl.formatMessage(messages.title);
  const data = status.data;
  const isRequired = Boolean(
    wall.required || (data?.required && !data?.enabled),
  );
  return (
    <Container id="page-mfa" className="view-wrapper security-page mfa-page">
      <PageMeta title={title} noindex />
      <h1 className="documentFirstHeading" tabIndex={-1} ref={headingRef}>
        {title}
      </h1>
      {!token ? (
        <>
          <p className="security-notice">
            {intl.formatMessage(messages.loginFirst)}
          </p>
          <LoginForm
            headingLevel={2}
            withTitle={false}
            location={{ search: `?return_url=${location.pathname}` }}
          />
        </>
      ) : (
        <>
          {isRequired && phase !== 'codes' && (
            <p className="security-notice mfa-required">
              {intl.formatMessage(messages.enrolmentRequired)}
            </p>
          )}
          {phase === 'overview' && (
            <>
              <p className="security-intro">
                {intl.formatMessage(messages.intro)}
              </p>
              <MfaOverview
                status={status}
                onSetUp={setPhase}
                onCodes={(renewed) => {
                  setCodes({ list: renewed, purpose: 'renewal' });
                  setPhase('codes');
                }}
                onDisabled={() =>
                  backToOverview(intl.formatMessage(messages.disabled))
                }
              />
              {!isRequired && <ExternalAccounts />}
            </>
          )}
          {phase === 'totp' && (
            <TotpEnrolment
              onEnabled={onEnabled}
              onCancel={() => backToOverview('')}
            />
          )}
          {phase === 'sms' && (
            <SmsEnrolment
              onEnabled={onEnabled}
              onCancel={() => backToOverview('')}
            />
          )}
          {phase === 'codes' && (
            <RecoveryCodes
              codes={codes.list}
              account={accountOf(token)}
              onDone={() =>
                codes.purpose === 'renewal'
                  ? backToOverview('')
                  : afterEnrolment(mustLogIn)
              }
            />
          )}
        </>
      )}
      <p className="security-live" role="status" aria-live="polite">
        {notice}
      </p>
    </Container>
  );
};

MfaSettingsPage.propTypes = {
  location: PropTypes.shape({
    pathname: PropTypes.string.isRequired,
    search: PropTypes.string,
  }).isRequired,
};

export default MfaSettingsPage;

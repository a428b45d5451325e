/**
 * /login-authomatic/<provider>: where the provider sends the browser back
 * (the redirect URI pas.plugins.authomatic gives it). Hands the provider's
 * answer to the backend once, then:
 * - a session: in Volto's session as after the password, to where she was
 *   going (a new account first sees what a Guest may do);
 * - a second factor to give: the login's code step;
 * - an identity linked to her account: back to the security page;
 * - a refusal: what happened, in words, and the way back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useHistory, useLocation, useParams } from 'react-router-dom';
import { toast } from 'react-toastify';
import { Container } from 'semantic-ui-react';
import { useFocusAfterTitle } from '../../../site/focus';
import { loggedIn } from '../../login/actions';
import { destinationAfterLogin } from '../../login/components/LoginForm';
import loginMessages from '../../login/messages';
import { languageOf } from '../../login/login';
import { MFA_PAGE } from '../../mfa/constants';
import { completeExternalLogin } from '../actions';
import { PURPOSE_LINK, PURPOSE_LOGIN } from '../constants';
import {
  externalFailureOf,
  externalOutcomeOf,
  providerRefusalOf,
  sessionStore,
  takeJourney,
} from '../external';
import messages from '../messages';
import ExternalCodeStep from './ExternalCodeStep';
import '../../login/components/Login.scss';
import './External.scss';
import PageMeta from '../../../seo/components/PageMeta';

/** The text of each refusal (`problem` of the page). */
const PROBLEM_TEXTS = {
  failed: messages.failed,
  cancelled: messages.cancelled,
  expired: messages.expired,
  accountExists: messages.accountExists,
  identityInUse: messages.identityInUse,
  unknownProvider: messages.unknownProvider,
  locked: messages.locked,
  unavailable: messages.unavailable,
  signedOut: messages.signedOut,
  signedInAlready: messages.signedInAlready,
  codeExpired: messages.codeExpired,
};

/** The security page, where members link and unlink external accounts. */
export const securityPagePath = (language) => `/${language}/${MFA_PAGE}`;

/** The login page, coming back to `returnUrl` afterwards. */
export const loginPagePath = (language, returnUrl) =>
  `/${language}/login?return_url=${encodeURIComponent(returnUrl || '/')}`;

/** The link out of a refusal: the page she can act from. */
export function wayBackFrom({ problem, isLink, language, returnUrl }) {
  if (problem === 'signedOut') {
    return {
      to: loginPagePath(language, securityPagePath(language)),
      label: messages.backToLogin,
    };
  }
  if (isLink || ['identityInUse', 'signedInAlready'].includes(problem)) {
    return { to: securityPagePath(language), label: messages.backToSecurity };
  }
  return {
    to: loginPagePath(language, returnUrl),
    label: messages.backToLogin,
  };
}

const ExternalCallbackPage = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const history = useHistory();
  const location = useLocation();
  const { provider } = useParams();
  const token = useSelector((state) => state.userSession?.token);
  const locale = useSelector((state) => state.intl?.locale);
  // working | code | welcome | problem
  const [phase, setPhase] = useState('working');
  const [journey, setJourney] = useState(null);
  const [challenge, setChallenge] = useState(null);
  const [problem, setProblem] = useState(null);
  const [welcomeUrl, setWelcomeUrl] = useState('/');
  const [headingFocus, setHeadingFocus] = useState(null);
  const headingRef = useRef(null);
  const started = useRef(false);
  useFocusAfterTitle(headingRef, headingFocus);
  const releaseHeadingFocus = useCallback(() => setHeadingFocus(null), []);

  const purpose = journey?.purpose ?? PURPOSE_LOGIN;
  const returnUrl = journey?.returnUrl ?? '/';
  const language = languageOf(returnUrl, locale);
  const providerTitle = journey?.title ?? provider;

  const show = (nextPhase, nextProblem = null) => {
    setProblem(nextProblem);
    setPhase(nextPhase);
    setHeadingFocus((count) => (count ?? 0) + 1);
  };

  const signIn = (result, taken) => {
    const outcome = externalOutcomeOf(result);
    dispatch(loggedIn(result.token));
    ['loggedOut', 'loginFailed'].forEach((id) => toast.dismiss(id));
    const destination = destinationAfterLogin({
      enrolmentRequired: outcome.enrolmentRequired,
      returnUrl: taken.returnUrl,
      language: languageOf(taken.returnUrl, locale),
    });
    if (outcome.newAccount) {
      setWelcomeUrl(destination);
      show('welcome');
    } else {
      history.replace(destination);
    }
  };

  const onAnswer = (result, taken) => {
    const outcome = externalOutcomeOf(result);
    if (outcome.kind === 'code') {
      setChallenge({
        id: result.challenge,
        methods: result.methods?.length ? result.methods : ['totp'],
        expires: result.expires,
      });
      show('code');
    } else if (outcome.kind === 'linked') {
      history.replace(securityPagePath(languageOf(taken.returnUrl, locale)), {
        externalLinked: result.linked.title || taken.title,
      });
    } else if (outcome.kind === 'signedIn') {
      signIn(result, taken);
    } else {
      show('problem', 'unavailable');
    }
  };

  // Once, in the browser: the provider's code and the state work once.
  useEffect(() => {
    if (started.current) {
      return;
    }
    started.current = true;
    const taken = takeJourney(sessionStore(), provider);
    setJourney(taken);
    const refusal = providerRefusalOf(location.search);
    if (refusal) {
      show('problem', refusal);
    } else if (!taken) {
      show('problem', 'expired');
    } else if (taken.purpose === PURPOSE_LINK && !token) {
      // Her session ended while she was at the provider: linking now would
      // sign in (or create an account) instead.
      show('problem', 'signedOut');
    } else if (taken.purpose === PURPOSE_LOGIN && token) {
      // Signed in already (another tab): the server would link the identity
      // to this session rather than sign in with it.
      show('problem', 'signedInAlready');
    } else {
      dispatch(
        completeExternalLogin(provider, location.search, taken.session),
      ).then(
        (result) => onAnswer(result, taken),
        (error) => show('problem', externalFailureOf(error)),
      );
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const isLink = purpose === PURPOSE_LINK;
  const titles = {
    working: isLink ? messages.linkTitle : messages.callbackTitle,
    code: loginMessages.codeTitle,
    welcome: messages.welcomeTitle,
    problem: isLink ? messages.linkProblemTitle : messages.problemTitle,
  };
  const title = intl.formatMessage(titles[phase], { provider: providerTitle });
  const wayBack = wayBackFrom({ problem, isLink, language, returnUrl });

  return (
    <Container
      id="page-external-login"
      className="view-wrapper security-page external-login-page"
    >
      <PageMeta title={title} noindex />
      <h1 className="documentFirstHeading" tabIndex={-1} ref={headingRef}>
        {title}
      </h1>
      {phase === 'working' && (
        <div className="external-progress" role="status" aria-live="polite">
          <span className="ui active inline small loader" aria-hidden />
          <span>
            {intl.formatMessage(messages.working, { provider: providerTitle })}
          </span>
        </div>
      )}
      {phase === 'code' && (
        <ExternalCodeStep
          challenge={challenge}
          onToken={(result) => signIn(result, journey)}
          onExpired={() => show('problem', 'codeExpired')}
          onStartAgain={() => history.push(loginPagePath(language, returnUrl))}
          onFieldFocus={releaseHeadingFocus}
        />
      )}
      {phase === 'welcome' && (
        <>
          <p className="security-notice" role="status">
            {intl.formatMessage(messages.welcomeText, {
              provider: providerTitle,
            })}
          </p>
          <p>
            <Link className="ui button primary" to={welcomeUrl}>
              {intl.formatMessage(messages.welcomeContinue)}
            </Link>
          </p>
        </>
      )}
      {phase === 'problem' && (
        <>
          <p className="security-problem" role="alert">
            {intl.formatMessage(
              PROBLEM_TEXTS[problem] ?? messages.unavailable,
              {
                provider: providerTitle,
              },
            )}
          </p>
          <p>
            <Link to={wayBack.to}>{intl.formatMessage(wayBack.label)}</Link>
          </p>
        </>
      )}
    </Container>
  );
};

export default ExternalCallbackPage;

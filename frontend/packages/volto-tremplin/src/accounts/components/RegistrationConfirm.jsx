import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useDispatch } from 'react-redux';
import { Link, useLocation } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { languageOfPath, homePathOf } from '../../site/language';
import { confirmRegistration } from '../actions';
import { useFocusAfterTitle } from '../../site/focus';
import messages from '../messages';
import { fieldErrorsFrom } from '../registration';
import ResendForm from './ResendForm';
import './Registration.scss';
import PageMeta from '../../seo/components/PageMeta';

/**
 * The answer to each token asked in this browser tab: the token is
 * single-use, so a page mounted again (or twice, as React's strict mode
 * does) must not spend it a second time and then say it is used.
 */
const confirmations = new Map();

/** The `token` of the page's query string, or ''. */
export function tokenOf(search) {
  return new URLSearchParams(search || '').get('token')?.trim() || '';
}

/**
 * The page the confirmation mail links to (/<lang>/register/confirm?token=).
 * It confirms the address once, in the browser only: the server-side render
 * shows "confirming…", so that no prefetch or crawler of the link spends the
 * single-use token. Then: the account is active (log in), or why the link
 * cannot be used (expired, already used, unknown) with a form for a new mail.
 */
const RegistrationConfirm = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const { pathname, search } = useLocation();
  const token = tokenOf(search);
  const [result, setResult] = useState(
    token ? { state: 'pending' } : { state: 'failed', message: '' },
  );
  const headingRef = useRef(null);

  useEffect(() => {
    if (!token) {
      return undefined;
    }
    let isMounted = true;
    if (!confirmations.has(token)) {
      confirmations.set(
        token,
        dispatch(confirmRegistration(token))
          .then((answer) => ({ state: 'confirmed', ...answer }))
          .catch((error) => ({
            state: 'failed',
            message:
              error?.status === 400
                ? fieldErrorsFrom(error).token ||
                  Object.values(fieldErrorsFrom(error))[0]
                : intl.formatMessage(messages.serverError),
          })),
      );
    }
    confirmations.get(token).then((answer) => isMounted && setResult(answer));
    return () => {
      isMounted = false;
    };
  }, [dispatch, intl, token]);

  useFocusAfterTitle(
    headingRef,
    result.state !== 'pending' ? result.state : null,
  );

  const language = languageOfPath(pathname) || intl.locale;
  const titles = {
    pending: messages.confirmTitle,
    confirmed: messages.confirmedTitle,
    failed: messages.confirmFailedTitle,
  };
  const title = intl.formatMessage(titles[result.state]);
  const profile = result.profile ? flattenToAppURL(result.profile) : '';
  const loginPath = `${homePathOf(language)}/login${
    profile ? `?return_url=${encodeURIComponent(profile)}` : ''
  }`;

  return (
    <Container id="page-registration" className="view-wrapper registration">
      <PageMeta title={title} noindex />
      <h1 className="documentFirstHeading" tabIndex={-1} ref={headingRef}>
        {title}
      </h1>
      <div role="status" aria-live="polite">
        {result.state === 'pending' && (
          <p>{intl.formatMessage(messages.confirming)}</p>
        )}
        {result.state === 'confirmed' && (
          <p className="documentDescription">
            {intl.formatMessage(messages.confirmedDetail, {
              login: <strong key="login">{result.login}</strong>,
            })}
          </p>
        )}
        {result.state === 'failed' && (
          <p className="registration-error">
            {result.message || intl.formatMessage(messages.noToken)}
          </p>
        )}
      </div>
      {result.state === 'confirmed' && (
        <p>
          <Link className="ui button primary" to={loginPath}>
            {intl.formatMessage(messages.logIn)}
          </Link>
        </p>
      )}
      {result.state === 'failed' && (
        <>
          <h2>{intl.formatMessage(messages.resendTitle)}</h2>
          <p>{intl.formatMessage(messages.confirmFailedDetail)}</p>
          <ResendForm />
        </>
      )}
    </Container>
  );
};

export default RegistrationConfirm;

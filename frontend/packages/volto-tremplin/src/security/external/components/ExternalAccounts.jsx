/**
 * "External accounts" on the account security page: the identities linked
 * to her account, a button to link one per provider not linked yet, and
 * "Unlink" behind a confirmation. Loaded only with that page.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { useHistory, useLocation } from 'react-router-dom';
import ConfirmDialog from '../../../moderation/components/ConfirmDialog';
import { getExternalIdentities, unlinkExternalIdentity } from '../actions';
import { PURPOSE_LINK } from '../constants';
import messages from '../messages';
import { useExternalStart } from './useExternalStart';
import './External.scss';

// One object, so that the selector's answer is stable until the state exists.
const NOT_LOADED = {};

/** The date an identity was linked, in her language; '' if unreadable. */
function linkedDate(intl, value) {
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime())
    ? intl.formatDate(date, { day: 'numeric', month: 'long', year: 'numeric' })
    : '';
}

const ExternalAccounts = ({ leave }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const history = useHistory();
  const location = useLocation();
  const identities = useSelector(
    (state) => state.externalIdentities ?? NOT_LOADED,
  );
  const { pending, failed, start } = useExternalStart(leave);
  // The identity whose unlinking waits for her confirmation.
  const [toUnlink, setToUnlink] = useState(null);
  const [isUnlinking, setUnlinking] = useState(false);
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState('');
  const noticeRef = useRef(null);
  const returnFocus = useRef(null);

  const reload = useCallback(
    () => dispatch(getExternalIdentities()).catch(() => null),
    [dispatch],
  );
  useEffect(() => {
    reload();
  }, [reload]);

  // Back from the provider with a linked identity (ExternalCallbackPage):
  // say so once, then forget it (a reload must not say it again). The
  // focus stays with the page's heading, as on every arrival on the page;
  // the live region announces the link.
  const linkedTitle = location.state?.externalLinked;
  useEffect(() => {
    if (typeof linkedTitle === 'string') {
      setNotice(intl.formatMessage(messages.linked, { provider: linkedTitle }));
      history.replace(`${location.pathname}${location.search}`);
    }
  }, [history, intl, linkedTitle, location.pathname, location.search]);

  const askUnlink = (item, event) => {
    returnFocus.current = event.currentTarget;
    setProblem('');
    setToUnlink(item);
  };

  const closeDialog = () => {
    setToUnlink(null);
    returnFocus.current?.focus();
  };

  const confirmUnlink = () => {
    const item = toUnlink;
    setUnlinking(true);
    dispatch(unlinkExternalIdentity(item.provider))
      .then(() => {
        setToUnlink(null);
        setNotice(
          intl.formatMessage(messages.unlinked, { provider: item.title }),
        );
        return reload();
      })
      .then(() => noticeRef.current?.focus())
      .catch(() => {
        closeDialog();
        setProblem(
          intl.formatMessage(messages.unlinkFailed, { provider: item.title }),
        );
      })
      .finally(() => setUnlinking(false));
  };

  const items = identities.items ?? [];
  const linkedIds = items.map((item) => item.provider);
  const toLink = (identities.providers ?? []).filter(
    (provider) => !linkedIds.includes(provider.id),
  );
  const here = `${location.pathname}${location.search}`;

  let body;
  if (!identities.loaded && identities.error) {
    body = (
      <>
        <p className="security-problem" role="alert">
          {intl.formatMessage(messages.loadFailed)}
        </p>
        <button type="button" className="ui button" onClick={reload}>
          {intl.formatMessage(messages.retry)}
        </button>
      </>
    );
  } else if (!identities.loaded) {
    body = <p role="status">{intl.formatMessage(messages.loading)}</p>;
  } else {
    body = (
      <>
        {items.length === 0 ? (
          <p className="external-empty">{intl.formatMessage(messages.empty)}</p>
        ) : (
          <ul
            className="external-identities"
            aria-label={intl.formatMessage(messages.linkedListLabel)}
          >
            {items.map((item) => (
              <li key={item.provider}>
                <span className="external-identity">
                  <strong>{item.title || item.provider}</strong>
                  {item.email && <span>{item.email}</span>}
                  {linkedDate(intl, item.linked) && (
                    <span className="security-help">
                      {intl.formatMessage(messages.linkedOn, {
                        date: linkedDate(intl, item.linked),
                      })}
                    </span>
                  )}
                </span>
                <button
                  type="button"
                  className="ui button"
                  onClick={(event) => askUnlink(item, event)}
                >
                  {intl.formatMessage(messages.unlink, {
                    provider: item.title || item.provider,
                  })}
                </button>
              </li>
            ))}
          </ul>
        )}
        {toLink.length > 0 && (
          <ul className="external-providers">
            {toLink.map((provider) => (
              <li key={provider.id}>
                <button
                  type="button"
                  className={`ui button basic external-provider${
                    pending?.id === provider.id ? ' loading' : ''
                  }`}
                  aria-disabled={pending ? true : undefined}
                  onClick={() => start(provider, PURPOSE_LINK, here)}
                >
                  {intl.formatMessage(messages.linkWith, {
                    provider: provider.title || provider.id,
                  })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <section className="external-accounts" aria-labelledby="external-heading">
      <h2 id="external-heading">{intl.formatMessage(messages.sectionTitle)}</h2>
      <p className="security-intro">
        {intl.formatMessage(messages.sectionIntro)}
      </p>
      {body}
      {(problem || failed) && (
        <p className="security-problem" role="alert">
          {problem ||
            intl.formatMessage(messages.startFailed, {
              provider: failed.title,
            })}
        </p>
      )}
      <p
        className="security-live external-notice"
        role="status"
        aria-live="polite"
        tabIndex={-1}
        ref={noticeRef}
      >
        {notice ||
          (pending
            ? intl.formatMessage(messages.redirecting, {
                provider: pending.title,
              })
            : '')}
      </p>
      <ConfirmDialog
        isOpen={Boolean(toUnlink)}
        question={
          toUnlink
            ? intl.formatMessage(messages.unlinkQuestion, {
                provider: toUnlink.title || toUnlink.provider,
              })
            : ''
        }
        confirmLabel={intl.formatMessage(messages.unlinkConfirm)}
        cancelLabel={intl.formatMessage(messages.cancel)}
        onConfirm={confirmUnlink}
        onCancel={closeDialog}
        isBusy={isUnlinking}
      />
    </section>
  );
};

export default ExternalAccounts;

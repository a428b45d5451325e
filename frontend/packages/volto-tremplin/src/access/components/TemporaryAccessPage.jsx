import { useCallback, useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useDispatch, useSelector } from 'react-redux';
import { useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import { getBaseUrl } from '@plone/volto/helpers/Url/Url';
import ConfirmDialog from '../../moderation/components/ConfirmDialog';
import PageToolbar from '../../moderation/components/PageToolbar';
import '../../moderation/components/ModerationPage.scss';
import { fieldErrorsFrom } from '../../moderation/review';
import {
  getTemporaryAccess,
  grantTemporaryAccess,
  revokeTemporaryAccess,
} from '../actions';
import { TEMPORARY_ROLES } from '../constants';
import messages from '../messages';
import { isGrantActive } from '../queries';
import PageMeta from '../../seo/components/PageMeta';

const ROLE_LABELS = {
  Reader: messages.roleReader,
  Contributor: messages.roleContributor,
  Editor: messages.roleEditor,
};
const FIELDS = ['user', 'role', 'start', 'end', 'reason'];
const EMPTY_GRANT = {
  user: '',
  role: 'Reader',
  start: '',
  end: '',
  reason: '',
};

const roleLabel = (intl, role) =>
  ROLE_LABELS[role] ? intl.formatMessage(ROLE_LABELS[role]) : role;

/** The grant form: every control labelled, server errors beside the field. */
const GrantForm = ({
  grant,
  setGrant,
  errors,
  onSubmit,
  isBusy,
  fieldRefs,
}) => {
  const intl = useIntl();
  const describe = (name, help) =>
    [help && `access-${name}-help`, errors[name] && `access-${name}-error`]
      .filter(Boolean)
      .join(' ') || undefined;
  const control = (name) => ({
    id: `access-${name}`,
    ref: (element) => {
      fieldRefs.current[name] = element;
    },
    value: grant[name],
    required: name !== 'reason',
    'aria-invalid': !!errors[name],
    onChange: (event) => setGrant({ ...grant, [name]: event.target.value }),
  });
  const errorOf = (name) =>
    errors[name] && (
      <p id={`access-${name}-error`} className="moderation-error">
        {errors[name]}
      </p>
    );
  return (
    <form className="tremplin-admin-form" onSubmit={onSubmit} noValidate>
      <label htmlFor="access-user">{intl.formatMessage(messages.user)}</label>
      <input
        type="text"
        autoComplete="off"
        aria-describedby={describe('user', true)}
        {...control('user')}
      />
      <p id="access-user-help">{intl.formatMessage(messages.userHelp)}</p>
      {errorOf('user')}
      <label htmlFor="access-role">{intl.formatMessage(messages.role)}</label>
      <select aria-describedby={describe('role')} {...control('role')}>
        {TEMPORARY_ROLES.map((role) => (
          <option key={role} value={role}>
            {roleLabel(intl, role)}
          </option>
        ))}
      </select>
      {errorOf('role')}
      <label htmlFor="access-start">{intl.formatMessage(messages.start)}</label>
      <input
        type="date"
        aria-describedby={describe('start')}
        {...control('start')}
      />
      {errorOf('start')}
      <label htmlFor="access-end">{intl.formatMessage(messages.end)}</label>
      <input
        type="date"
        aria-describedby={describe('end')}
        {...control('end')}
      />
      {errorOf('end')}
      <label htmlFor="access-reason">
        {intl.formatMessage(messages.reason)}
      </label>
      <textarea
        rows={3}
        aria-describedby={describe('reason')}
        {...control('reason')}
      />
      {errorOf('reason')}
      {errors[''] !== undefined && (
        <p className="moderation-error">
          {errors[''] || intl.formatMessage(messages.saveError)}
        </p>
      )}
      <div>
        <button type="submit" className="ui primary button" disabled={isBusy}>
          {intl.formatMessage(messages.grant)}
        </button>
      </div>
    </form>
  );
};

GrantForm.propTypes = {
  grant: PropTypes.object.isRequired,
  setGrant: PropTypes.func.isRequired,
  errors: PropTypes.object.isRequired,
  onSubmit: PropTypes.func.isRequired,
  isBusy: PropTypes.bool,
  fieldRefs: PropTypes.object.isRequired,
};

/**
 * <content>/temporary-access: who has temporary access to this item, and a
 * form to grant one for a period (GET/POST/DELETE @tremplin-temporary-access).
 */
const TemporaryAccessPage = ({ location }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const path = getBaseUrl(location.pathname);
  const title = useSelector((state) => state.content?.data?.title) || path;
  const [grants, setGrants] = useState({ loading: true, items: [] });
  const [grant, setGrant] = useState(EMPTY_GRANT);
  const [errors, setErrors] = useState({});
  const [isBusy, setIsBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [revoking, setRevoking] = useState(null);
  const fieldRefs = useRef({});
  const heading = useRef(null);

  const load = useCallback(
    () =>
      dispatch(getTemporaryAccess(path))
        .then((answer) => setGrants({ items: answer?.items ?? [] }))
        .catch((error) => setGrants({ items: [], error })),
    [dispatch, path],
  );
  useEffect(() => {
    load();
  }, [load]);

  const onSubmit = (event) => {
    event.preventDefault();
    const missing = FIELDS.filter(
      (name) => name !== 'reason' && !`${grant[name]}`.trim(),
    );
    if (missing.length) {
      setErrors(
        Object.fromEntries(
          missing.map((name) => [name, intl.formatMessage(messages.required)]),
        ),
      );
      fieldRefs.current[missing[0]]?.focus();
      return;
    }
    setErrors({});
    setIsBusy(true);
    dispatch(grantTemporaryAccess(path, grant))
      .then((created) => {
        setIsBusy(false);
        setStatus(
          intl.formatMessage(messages.granted, {
            user: created?.user ?? grant.user,
            end: intl.formatDate(created?.end ?? grant.end, {
              dateStyle: 'long',
            }),
          }),
        );
        setGrant(EMPTY_GRANT);
        load();
      })
      .catch((error) => {
        setIsBusy(false);
        const fieldErrors = fieldErrorsFrom(error);
        setErrors(fieldErrors);
        const first = FIELDS.find((name) => fieldErrors[name]);
        fieldRefs.current[first]?.focus();
      });
  };

  const revoke = () => {
    const target = revoking;
    setIsBusy(true);
    dispatch(revokeTemporaryAccess(path, target.id))
      .then(() => {
        setIsBusy(false);
        setRevoking(null);
        setStatus(intl.formatMessage(messages.revoked, { user: target.user }));
        heading.current?.focus();
        load();
      })
      .catch(() => {
        setIsBusy(false);
        setRevoking(null);
        setStatus(intl.formatMessage(messages.saveError));
      });
  };

  const errorStatus = grants.error?.status;
  return (
    <Container id="page-temporary-access" className="tremplin-admin-page">
      <PageMeta
        title={intl.formatMessage(messages.accessTitle, { title })}
        noindex
      />
      <h1>{intl.formatMessage(messages.accessTitle, { title })}</h1>
      <p>{intl.formatMessage(messages.accessIntro)}</p>
      <p role="status" aria-live="polite" className="tremplin-status">
        {status}
      </p>
      <section aria-labelledby="access-grants">
        <h2 id="access-grants" ref={heading} tabIndex={-1}>
          {intl.formatMessage(messages.grants)}
        </h2>
        {grants.loading && <p>{intl.formatMessage(messages.loading)}</p>}
        {grants.error && (
          <p>
            {intl.formatMessage(
              errorStatus === 401 || errorStatus === 403
                ? messages.notAllowed
                : messages.loadError,
            )}
          </p>
        )}
        {!grants.loading && !grants.error && grants.items.length === 0 && (
          <p>{intl.formatMessage(messages.noGrants)}</p>
        )}
        {grants.items.length > 0 && (
          <div className="tremplin-table-scroll">
            <table>
              <caption>{intl.formatMessage(messages.grants)}</caption>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage(messages.user)}</th>
                  <th scope="col">{intl.formatMessage(messages.role)}</th>
                  <th scope="col">{intl.formatMessage(messages.start)}</th>
                  <th scope="col">{intl.formatMessage(messages.end)}</th>
                  <th scope="col">{intl.formatMessage(messages.reason)}</th>
                  <th scope="col">{intl.formatMessage(messages.stateLabel)}</th>
                  <th scope="col">{intl.formatMessage(messages.actions)}</th>
                </tr>
              </thead>
              <tbody>
                {grants.items.map((item) => (
                  <tr key={item.id}>
                    <td>{item.user}</td>
                    <td>{roleLabel(intl, item.role)}</td>
                    <td>
                      {intl.formatDate(item.start, { dateStyle: 'long' })}
                    </td>
                    <td>{intl.formatDate(item.end, { dateStyle: 'long' })}</td>
                    <td>{item.reason}</td>
                    <td>
                      {intl.formatMessage(
                        isGrantActive(item)
                          ? messages.active
                          : messages.inactive,
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="ui button"
                        onClick={() => setRevoking(item)}
                      >
                        {intl.formatMessage(messages.revoke, {
                          user: item.user,
                        })}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="access-grant-title">
        <h2 id="access-grant-title">
          {intl.formatMessage(messages.grantTitle)}
        </h2>
        <GrantForm
          grant={grant}
          setGrant={setGrant}
          errors={errors}
          onSubmit={onSubmit}
          isBusy={isBusy}
          fieldRefs={fieldRefs}
        />
      </section>
      <ConfirmDialog
        isOpen={!!revoking}
        question={
          revoking
            ? intl.formatMessage(messages.confirmRevoke, {
                user: revoking.user,
              })
            : ''
        }
        confirmLabel={intl.formatMessage(messages.confirm)}
        cancelLabel={intl.formatMessage(messages.cancel)}
        onConfirm={revoke}
        onCancel={() => setRevoking(null)}
        isBusy={isBusy}
      />
      <PageToolbar
        pathname={location.pathname}
        backTo={path || '/'}
        backLabel={intl.formatMessage(messages.back)}
      />
    </Container>
  );
};

TemporaryAccessPage.propTypes = {
  location: PropTypes.shape({ pathname: PropTypes.string }).isRequired,
};

export default TemporaryAccessPage;

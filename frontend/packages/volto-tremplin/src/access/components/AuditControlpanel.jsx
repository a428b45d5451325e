import { useCallback, useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useDispatch, useSelector } from 'react-redux';
import { useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import PageToolbar from '../../moderation/components/PageToolbar';
import { fieldErrorsFrom } from '../../moderation/review';
import '../../moderation/components/ModerationPage.scss';
import { getAudit } from '../actions';
import { AUDIT_PAGE_SIZE } from '../constants';
import messages from '../messages';
import { AUDIT_FILTERS, auditCsvPath, pageInfo } from '../queries';
import PrivilegesReport from './PrivilegesReport';
import PageMeta from '../../seo/components/PageMeta';
import { downloadWithToken } from '../../site/download';

const FILTER_TYPES = { start: 'date', end: 'date' };
const FILTER_HELP = { action: messages.actionHelp };

const detailsText = (details) =>
  details && typeof details === 'object'
    ? Object.entries(details)
        .filter(([, value]) => value !== '' && value !== null)
        .map(
          ([key, value]) =>
            `${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}`,
        )
        .join('; ')
    : details || '';

/**
 * Site Setup › Audit log (/controlpanel/tremplin-audit): the append-only
 * log, filtered and paged (GET @tremplin-audit), its CSV export with the
 * same filters and the elevated-privileges report.
 */
const AuditControlpanel = ({ location }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const token = useSelector((state) => state.userSession?.token);
  const [draft, setDraft] = useState({});
  const [filters, setFilters] = useState({});
  const [bStart, setBStart] = useState(0);
  const [result, setResult] = useState({ loading: true, items: [], total: 0 });
  const [status, setStatus] = useState('');
  const [csvError, setCsvError] = useState('');
  const isFiltering = useRef(false);

  const load = useCallback(
    (currentFilters, start) => {
      setResult((current) => ({ ...current, loading: true, error: null }));
      return dispatch(getAudit(currentFilters, start))
        .then((answer) => {
          const total = answer?.items_total ?? answer?.items?.length ?? 0;
          setResult({ loading: false, items: answer?.items ?? [], total });
          return total;
        })
        .catch((error) => {
          setResult({
            loading: false,
            items: [],
            total: 0,
            error,
            fields: error?.status === 400 ? fieldErrorsFrom(error) : {},
          });
          return null;
        });
    },
    [dispatch],
  );

  useEffect(() => {
    load(filters, bStart).then((total) => {
      // Announce the count after a filtering, not on every page turn.
      if (isFiltering.current && total !== null) {
        setStatus(intl.formatMessage(messages.auditLoaded, { total }));
      }
      isFiltering.current = false;
    });
  }, [load, filters, bStart, intl]);

  const onFilter = (event) => {
    event.preventDefault();
    isFiltering.current = true;
    setFilters({ ...draft });
    setBStart(0);
  };

  const csvHref = `/++api++${auditCsvPath(filters)}`;
  const page = pageInfo(bStart, result.total, AUDIT_PAGE_SIZE);
  const errorStatus = result.error?.status;
  const fieldErrors = result.fields ?? {};
  const hasFieldErrors = AUDIT_FILTERS.some((name) => fieldErrors[name]);

  return (
    <Container id="page-tremplin-audit" className="tremplin-admin-page">
      <PageMeta title={intl.formatMessage(messages.auditTitle)} noindex />
      <h1>{intl.formatMessage(messages.auditTitle)}</h1>
      <p>{intl.formatMessage(messages.auditIntro)}</p>
      <form className="tremplin-admin-form" onSubmit={onFilter}>
        <fieldset>
          <legend>{intl.formatMessage(messages.filters)}</legend>
          {AUDIT_FILTERS.map((name) => (
            <div key={name} className="tremplin-admin-field">
              <label htmlFor={`audit-${name}`}>
                {intl.formatMessage(messages[name])}
              </label>
              <input
                id={`audit-${name}`}
                type={FILTER_TYPES[name] ?? 'text'}
                value={draft[name] ?? ''}
                aria-invalid={!!fieldErrors[name]}
                aria-describedby={
                  [
                    FILTER_HELP[name] && `audit-${name}-help`,
                    fieldErrors[name] && `audit-${name}-error`,
                  ]
                    .filter(Boolean)
                    .join(' ') || undefined
                }
                onChange={(event) =>
                  setDraft({ ...draft, [name]: event.target.value })
                }
              />
              {FILTER_HELP[name] && (
                <p id={`audit-${name}-help`}>
                  {intl.formatMessage(FILTER_HELP[name])}
                </p>
              )}
              {fieldErrors[name] && (
                <p id={`audit-${name}-error`} className="moderation-error">
                  {fieldErrors[name]}
                </p>
              )}
            </div>
          ))}
        </fieldset>
        <div className="moderation-action-buttons">
          <button type="submit" className="ui primary button">
            {intl.formatMessage(messages.filter)}
          </button>
          <a
            className="ui button"
            href={csvHref}
            download="tremplin-audit.csv"
            onClick={(event) => {
              event.preventDefault();
              setCsvError('');
              downloadWithToken(csvHref, token, 'tremplin-audit.csv').catch(
                () => setCsvError(intl.formatMessage(messages.loadError)),
              );
            }}
          >
            {intl.formatMessage(messages.exportCsv)}
          </a>
        </div>
        {csvError && <p className="moderation-error">{csvError}</p>}
      </form>
      <p role="status" aria-live="polite" className="tremplin-status">
        {status}
      </p>
      {result.error && !hasFieldErrors && (
        <p>
          {intl.formatMessage(
            errorStatus === 401 || errorStatus === 403
              ? messages.notAllowed
              : messages.loadError,
          )}
        </p>
      )}
      {result.loading && <p>{intl.formatMessage(messages.loading)}</p>}
      {!result.loading && !result.error && result.items.length === 0 && (
        <p>{intl.formatMessage(messages.noEntries)}</p>
      )}
      {result.items.length > 0 && (
        <>
          <div className="tremplin-table-scroll">
            <table>
              <caption>
                {intl.formatMessage(messages.auditTable)} —{' '}
                {intl.formatMessage(messages.entriesRange, page)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage(messages.when)}</th>
                  <th scope="col">{intl.formatMessage(messages.actor)}</th>
                  <th scope="col">{intl.formatMessage(messages.action)}</th>
                  <th scope="col">{intl.formatMessage(messages.target)}</th>
                  <th scope="col">{intl.formatMessage(messages.address)}</th>
                  <th scope="col">{intl.formatMessage(messages.details)}</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((entry) => (
                  <tr key={entry.id}>
                    <td>
                      {intl.formatDate(entry.when, {
                        dateStyle: 'short',
                        timeStyle: 'short',
                      })}
                    </td>
                    <td>{entry.actor}</td>
                    <td>{entry.action}</td>
                    <td>{entry.target}</td>
                    <td>{entry.address}</td>
                    <td>{detailsText(entry.details)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav
            className="moderation-action-buttons"
            aria-label={intl.formatMessage(messages.auditTable)}
          >
            <button
              type="button"
              className="ui button"
              disabled={!page.hasPrevious}
              onClick={() => setBStart(page.previous)}
            >
              {intl.formatMessage(messages.previousPage)}
            </button>
            <button
              type="button"
              className="ui button"
              disabled={!page.hasNext}
              onClick={() => setBStart(page.next)}
            >
              {intl.formatMessage(messages.nextPage)}
            </button>
          </nav>
        </>
      )}
      <PrivilegesReport />
      <PageToolbar
        pathname={location.pathname}
        backTo="/controlpanel"
        backLabel={intl.formatMessage(messages.back)}
      />
    </Container>
  );
};

AuditControlpanel.propTypes = {
  location: PropTypes.shape({ pathname: PropTypes.string }).isRequired,
};

export default AuditControlpanel;

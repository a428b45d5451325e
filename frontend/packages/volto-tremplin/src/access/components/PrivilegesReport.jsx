import { useState } from 'react';
import { useDispatch } from 'react-redux';
import { useIntl } from 'react-intl';
import { getPrivileges } from '../actions';
import messages from '../messages';

/** Use of elevated privileges over a period (GET @tremplin-audit-privileges). */
const PrivilegesReport = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const [period, setPeriod] = useState({ start: '', end: '' });
  const [report, setReport] = useState(null);

  const onSubmit = (event) => {
    event.preventDefault();
    setReport({ loading: true, items: [] });
    dispatch(getPrivileges(period))
      .then((answer) => setReport({ items: answer?.items ?? [] }))
      .catch((error) => setReport({ items: [], error }));
  };

  return (
    <section aria-labelledby="privileges-title">
      <h2 id="privileges-title">
        {intl.formatMessage(messages.privilegesTitle)}
      </h2>
      <p>{intl.formatMessage(messages.privilegesIntro)}</p>
      <form className="tremplin-admin-form" onSubmit={onSubmit}>
        {['start', 'end'].map((name) => (
          <div key={name} className="tremplin-admin-field">
            <label htmlFor={`privileges-${name}`}>
              {intl.formatMessage(messages[name])}
            </label>
            <input
              id={`privileges-${name}`}
              type="date"
              value={period[name]}
              onChange={(event) =>
                setPeriod({ ...period, [name]: event.target.value })
              }
            />
          </div>
        ))}
        <div>
          <button type="submit" className="ui primary button">
            {intl.formatMessage(messages.showReport)}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {report?.loading && <p>{intl.formatMessage(messages.loading)}</p>}
        {report?.error && <p>{intl.formatMessage(messages.loadError)}</p>}
        {report &&
          !report.loading &&
          !report.error &&
          report.items.length === 0 && (
            <p>{intl.formatMessage(messages.noPrivileges)}</p>
          )}
      </div>
      {report?.items?.length > 0 && (
        <div className="tremplin-table-scroll">
          <table>
            <caption>{intl.formatMessage(messages.privilegesTitle)}</caption>
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage(messages.actor)}</th>
                <th scope="col">{intl.formatMessage(messages.roles)}</th>
                <th scope="col">{intl.formatMessage(messages.actions)}</th>
                <th scope="col">{intl.formatMessage(messages.last)}</th>
              </tr>
            </thead>
            <tbody>
              {report.items.map((item) => (
                <tr key={item.actor}>
                  <td>{item.actor}</td>
                  <td>{(item.roles ?? []).join(', ')}</td>
                  <td>{item.actions}</td>
                  <td>
                    {item.last &&
                      intl.formatDate(item.last, {
                        dateStyle: 'short',
                        timeStyle: 'short',
                      })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};

export default PrivilegesReport;

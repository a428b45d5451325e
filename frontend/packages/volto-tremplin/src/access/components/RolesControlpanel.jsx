import { useCallback, useEffect, useState } from 'react';
import PropTypes from 'prop-types';
import { useDispatch } from 'react-redux';
import { useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import PageToolbar from '../../moderation/components/PageToolbar';
import '../../moderation/components/ModerationPage.scss';
import { searchRoles } from '../actions';
import messages from '../messages';
import { roleOptions } from '../queries';
import UserRoles from './UserRoles';
import PageMeta from '../../seo/components/PageMeta';

/**
 * Site Setup › Tremplin roles (/controlpanel/tremplin-roles): administrators
 * find users and change their Tremplin roles (GET/POST @tremplin-roles).
 */
const RolesControlpanel = ({ location }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState({ loading: true, items: [] });
  const [status, setStatus] = useState('');

  const search = useCallback(
    (text) => {
      setResult((current) => ({ ...current, loading: true, error: null }));
      return dispatch(searchRoles(text))
        .then((answer) => {
          setResult({
            loading: false,
            items: answer?.items ?? [],
            options: roleOptions(answer?.roles),
          });
          return answer;
        })
        .catch((error) =>
          setResult({ loading: false, items: [], error: error ?? true }),
        );
    },
    [dispatch],
  );

  useEffect(() => {
    search('');
  }, [search]);

  const onSearch = (event) => {
    event.preventDefault();
    search(query).then((answer) => {
      if (answer) {
        setStatus(
          intl.formatMessage(messages.usersFound, {
            count: answer.items?.length ?? 0,
          }),
        );
      }
    });
  };

  const errorStatus = result.error?.status;
  return (
    <Container id="page-tremplin-roles" className="tremplin-admin-page">
      <PageMeta title={intl.formatMessage(messages.rolesTitle)} noindex />
      <h1>{intl.formatMessage(messages.rolesTitle)}</h1>
      <p>{intl.formatMessage(messages.rolesIntro)}</p>
      <form className="tremplin-admin-form" onSubmit={onSearch} role="search">
        <label htmlFor="roles-search">
          {intl.formatMessage(messages.search)}
        </label>
        <input
          id="roles-search"
          type="search"
          value={query}
          aria-describedby="roles-search-help"
          onChange={(event) => setQuery(event.target.value)}
        />
        <p id="roles-search-help">{intl.formatMessage(messages.searchHelp)}</p>
        <div>
          <button type="submit" className="ui primary button">
            {intl.formatMessage(messages.searchButton)}
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite" className="tremplin-status">
        {status}
      </p>
      {result.loading && <p>{intl.formatMessage(messages.loading)}</p>}
      {result.error && (
        <p>
          {intl.formatMessage(
            errorStatus === 401 || errorStatus === 403
              ? messages.notAllowed
              : messages.loadError,
          )}
        </p>
      )}
      {!result.loading && !result.error && result.items.length === 0 && (
        <p>{intl.formatMessage(messages.noUsers)}</p>
      )}
      {result.items.length > 0 && (
        <ul className="moderation-queue">
          {result.items.map((user) => (
            <UserRoles
              key={`${user.id}-${(user.roles ?? []).join(',')}`}
              user={user}
              options={result.options ?? []}
              onSaved={(message) => {
                setStatus(message);
                search(query);
              }}
            />
          ))}
        </ul>
      )}
      <PageToolbar
        pathname={location.pathname}
        backTo="/controlpanel"
        backLabel={intl.formatMessage(messages.back)}
      />
    </Container>
  );
};

RolesControlpanel.propTypes = {
  location: PropTypes.shape({ pathname: PropTypes.string }).isRequired,
};

export default RolesControlpanel;

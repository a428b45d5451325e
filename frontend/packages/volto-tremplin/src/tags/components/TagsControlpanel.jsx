import { useCallback, useEffect, useId, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useDispatch } from 'react-redux';
import { useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import ConfirmDialog from '../../moderation/components/ConfirmDialog';
import PageToolbar from '../../moderation/components/PageToolbar';
import '../../moderation/components/ModerationPage.scss';
import { fieldErrorsFrom } from '../../moderation/review';
import { getTags, updateTags } from '../actions';
import messages from '../messages';
import PageMeta from '../../seo/components/PageMeta';

const LANGUAGES = [
  { id: 'fr', message: messages.french },
  { id: 'en', message: messages.english },
];

/**
 * Site Setup › Tags: tick tags, then rename/merge them into one or delete
 * them, after a confirmation (GET/POST <language>/@tremplin-tags).
 */
const TagsControlpanel = ({ location }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const baseId = useId();
  const newTagField = useRef(null);
  const [language, setLanguage] = useState(intl.locale === 'en' ? 'en' : 'fr');
  const [result, setResult] = useState({ loading: true, items: [] });
  const [checked, setChecked] = useState([]);
  const [newTag, setNewTag] = useState('');
  const [pending, setPending] = useState(null); // 'rename' | 'delete'
  const [isBusy, setIsBusy] = useState(false);
  const [errors, setErrors] = useState({});
  const [status, setStatus] = useState('');

  const load = useCallback(
    (lang) => {
      setResult((current) => ({ ...current, loading: true, error: null }));
      return dispatch(getTags(lang))
        .then((answer) => setResult({ loading: false, items: answer.items }))
        .catch((error) =>
          setResult({ loading: false, items: [], error: error ?? true }),
        );
    },
    [dispatch],
  );

  useEffect(() => {
    setChecked([]);
    load(language);
  }, [language, load]);

  const toggle = (tag) =>
    setChecked((current) =>
      current.includes(tag)
        ? current.filter((item) => item !== tag)
        : [...current, tag],
    );

  const ask = (action) => {
    const problems = {};
    if (checked.length === 0) {
      problems.tags = intl.formatMessage(messages.chooseFirst);
    }
    if (action === 'rename' && !newTag.trim()) {
      problems.new_tag = intl.formatMessage(messages.newTag);
      newTagField.current?.focus();
    }
    setErrors(problems);
    if (Object.keys(problems).length === 0) {
      setPending(action);
    }
  };

  const run = () => {
    const renaming = pending === 'rename';
    setIsBusy(true);
    dispatch(updateTags(language, checked, renaming ? newTag.trim() : null))
      .then((answer) => {
        setResult({ loading: false, items: answer.items });
        setStatus(
          intl.formatMessage(renaming ? messages.renamed : messages.deleted, {
            count: answer.updated,
            newTag: newTag.trim(),
          }),
        );
        setChecked([]);
        setNewTag('');
        setErrors({});
      })
      .catch((error) => setErrors(fieldErrorsFrom(error)))
      .finally(() => {
        setIsBusy(false);
        setPending(null);
      });
  };

  const errorStatus = result.error?.status;
  const listError = errors.tags || errors[''];
  return (
    <Container id="page-tremplin-tags" className="tremplin-admin-page">
      <PageMeta title={intl.formatMessage(messages.title)} noindex />
      <h1>{intl.formatMessage(messages.title)}</h1>
      <p>{intl.formatMessage(messages.intro)}</p>
      <div className="tremplin-admin-form">
        <label htmlFor={`${baseId}-language`}>
          {intl.formatMessage(messages.language)}
        </label>
        <select
          id={`${baseId}-language`}
          value={language}
          onChange={(event) => setLanguage(event.target.value)}
        >
          {LANGUAGES.map(({ id, message }) => (
            <option key={id} value={id}>
              {intl.formatMessage(message)}
            </option>
          ))}
        </select>
      </div>
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
        <p>{intl.formatMessage(messages.empty)}</p>
      )}
      {result.items.length > 0 && (
        <form
          className="tremplin-admin-form"
          onSubmit={(event) => {
            event.preventDefault();
            ask('rename');
          }}
        >
          <fieldset
            aria-describedby={listError ? `${baseId}-tags-error` : undefined}
          >
            <legend>{intl.formatMessage(messages.list)}</legend>
            <ul className="tremplin-tags-list">
              {result.items.map(({ tag, count }, position) => (
                <li key={tag}>
                  <input
                    type="checkbox"
                    id={`${baseId}-tag-${position}`}
                    checked={checked.includes(tag)}
                    onChange={() => toggle(tag)}
                  />{' '}
                  <label htmlFor={`${baseId}-tag-${position}`}>
                    {tag}{' '}
                    <span>
                      ({intl.formatMessage(messages.uses, { count })})
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          {listError && (
            <p id={`${baseId}-tags-error`} className="moderation-error">
              {listError}
            </p>
          )}
          <p>
            {intl.formatMessage(messages.selected, { count: checked.length })}
          </p>
          <label htmlFor={`${baseId}-new-tag`}>
            {intl.formatMessage(messages.newTag)}
          </label>
          <input
            ref={newTagField}
            id={`${baseId}-new-tag`}
            type="text"
            maxLength={100}
            value={newTag}
            aria-invalid={!!errors.new_tag}
            aria-describedby={
              errors.new_tag
                ? `${baseId}-new-tag-error ${baseId}-new-tag-help`
                : `${baseId}-new-tag-help`
            }
            onChange={(event) => setNewTag(event.target.value)}
          />
          <p id={`${baseId}-new-tag-help`}>
            {intl.formatMessage(messages.newTagHelp)}
          </p>
          {errors.new_tag && (
            <p id={`${baseId}-new-tag-error`} className="moderation-error">
              {errors.new_tag}
            </p>
          )}
          <div>
            <button type="submit" className="ui primary button">
              {intl.formatMessage(messages.rename)}
            </button>{' '}
            <button
              type="button"
              className="ui button"
              onClick={() => ask('delete')}
            >
              {intl.formatMessage(messages.delete)}
            </button>
          </div>
        </form>
      )}
      <ConfirmDialog
        isOpen={pending !== null}
        question={intl.formatMessage(
          pending === 'rename'
            ? messages.confirmRename
            : messages.confirmDelete,
          {
            tags: checked
              .map((tag) => intl.formatMessage(messages.quoted, { tag }))
              .join(', '),
            newTag: newTag.trim(),
          },
        )}
        confirmLabel={intl.formatMessage(messages.confirm)}
        cancelLabel={intl.formatMessage(messages.cancel)}
        onConfirm={run}
        onCancel={() => setPending(null)}
        isBusy={isBusy}
      />
      <PageToolbar
        pathname={location.pathname}
        backTo="/controlpanel"
        backLabel={intl.formatMessage(messages.back)}
      />
    </Container>
  );
};

TagsControlpanel.propTypes = {
  location: PropTypes.shape({ pathname: PropTypes.string }).isRequired,
};

export default TagsControlpanel;

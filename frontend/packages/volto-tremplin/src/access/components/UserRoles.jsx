import { useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useDispatch } from 'react-redux';
import { useIntl } from 'react-intl';
import ConfirmDialog from '../../moderation/components/ConfirmDialog';
import { fieldErrorsFrom } from '../../moderation/review';
import { updateRoles } from '../actions';
import messages from '../messages';
import { roleChanges } from '../queries';

/** One user's assignable roles as checkboxes, saved after a confirmation. */
const UserRoles = ({ user, options, onSaved }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const assignable = options.map((option) => option.id);
  const initial = (user.roles ?? []).filter((role) =>
    assignable.includes(role),
  );
  const [checked, setChecked] = useState(initial);
  const [isConfirming, setIsConfirming] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [errors, setErrors] = useState({});
  const saveButton = useRef(null);
  const name = user.fullname || user.id;
  const baseId = `roles-${user.id.replace(/[^\w-]/g, '_')}`;
  const titleOf = (id) => options.find((option) => option.id === id)?.title;
  const { added, removed } = roleChanges(initial, checked);
  const listOf = (ids) =>
    ids.length
      ? intl.formatList(ids.map(titleOf), { type: 'conjunction' })
      : intl.formatMessage(messages.none);

  const toggle = (role) =>
    setChecked((current) =>
      current.includes(role)
        ? current.filter((item) => item !== role)
        : [...current, role],
    );

  const save = () => {
    setIsBusy(true);
    dispatch(updateRoles(user.id, checked))
      .then((result) => {
        setIsBusy(false);
        setIsConfirming(false);
        onSaved(intl.formatMessage(messages.rolesSaved, { name }), result);
      })
      .catch((error) => {
        setIsBusy(false);
        setIsConfirming(false);
        setErrors(fieldErrorsFrom(error));
        saveButton.current?.focus();
      });
  };

  const onSubmit = (event) => {
    event.preventDefault();
    setErrors({});
    if (added.length === 0 && removed.length === 0) {
      onSaved(intl.formatMessage(messages.noChange, { name }));
      return;
    }
    setIsConfirming(true);
  };

  const error =
    errors.roles ||
    errors.user ||
    errors[''] ||
    (Object.keys(errors).length ? intl.formatMessage(messages.saveError) : '');

  return (
    <li>
      <article className="moderation-item" aria-labelledby={`${baseId}-name`}>
        <h2 id={`${baseId}-name`}>{name}</h2>
        <dl className="moderation-summary">
          <div>
            <dt>{intl.formatMessage(messages.email)}</dt>
            <dd>{user.email}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage(messages.experienceLevel)}</dt>
            <dd>
              {user.experience_level
                ? messages[`level_${user.experience_level}`]
                  ? intl.formatMessage(
                      messages[`level_${user.experience_level}`],
                    )
                  : user.experience_level
                : intl.formatMessage(messages.noExperience)}
            </dd>
          </div>
        </dl>
        <form onSubmit={onSubmit}>
          <fieldset aria-describedby={error ? `${baseId}-error` : undefined}>
            <legend>{intl.formatMessage(messages.rolesOf, { name })}</legend>
            {options.map((option) => (
              <div key={option.id} className="tremplin-checkbox">
                <input
                  type="checkbox"
                  id={`${baseId}-${option.id.replace(/\W/g, '_')}`}
                  checked={checked.includes(option.id)}
                  onChange={() => toggle(option.id)}
                />{' '}
                <label htmlFor={`${baseId}-${option.id.replace(/\W/g, '_')}`}>
                  {option.title}
                </label>
              </div>
            ))}
            {checked.length === 0 && (
              <p>{intl.formatMessage(messages.noRole)}</p>
            )}
          </fieldset>
          {error && (
            <p id={`${baseId}-error`} className="moderation-error">
              {error}
            </p>
          )}
          <button
            ref={saveButton}
            type="submit"
            className="ui primary button"
            disabled={isBusy}
          >
            {intl.formatMessage(messages.saveRoles, { name })}
          </button>
        </form>
        <ConfirmDialog
          isOpen={isConfirming}
          question={intl.formatMessage(messages.confirmRoles, {
            name,
            added: listOf(added),
            removed: listOf(removed),
          })}
          confirmLabel={intl.formatMessage(messages.confirm)}
          cancelLabel={intl.formatMessage(messages.cancel)}
          onConfirm={save}
          onCancel={() => {
            setIsConfirming(false);
            saveButton.current?.focus();
          }}
          isBusy={isBusy}
        />
      </article>
    </li>
  );
};

UserRoles.propTypes = {
  user: PropTypes.shape({
    id: PropTypes.string.isRequired,
    fullname: PropTypes.string,
    email: PropTypes.string,
    roles: PropTypes.arrayOf(PropTypes.string),
    experience_level: PropTypes.string,
  }).isRequired,
  options: PropTypes.arrayOf(
    PropTypes.shape({ id: PropTypes.string, title: PropTypes.string }),
  ).isRequired,
  onSaved: PropTypes.func.isRequired,
};

export default UserRoles;

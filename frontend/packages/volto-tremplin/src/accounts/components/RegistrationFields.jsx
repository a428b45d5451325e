/**
 * The form controls of the registration wizard: plain HTML controls, each
 * with its <label> (or <legend>), its help text and its error tied to it by
 * aria-describedby, and aria-invalid while it has an error.
 */
import { useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import PasswordStrength from '../../security/passwords/PasswordStrength';
import messages from '../messages';
import { fieldId } from '../registration';
import RevealPasswords from '../../security/passwords/RevealPasswords';

/** Above this many choices, a group gets a filter box. */
const FILTER_FROM = 12;

const describedBy = (...ids) => ids.filter(Boolean).join(' ') || undefined;

const Help = ({ id, text }) =>
  text ? (
    <p id={id} className="registration-help">
      {text}
    </p>
  ) : null;

const ErrorText = ({ id, text }) =>
  text ? (
    <p id={id} className="registration-error">
      {text}
    </p>
  ) : null;

const choicesShape = PropTypes.arrayOf(
  PropTypes.shape({
    token: PropTypes.string.isRequired,
    title: PropTypes.string.isRequired,
    help: PropTypes.string,
  }),
);

/**
 * A one-line text input, or a textarea when `multiline`. `describedBy`
 * adds the ids of other elements that describe it (a strength meter).
 */
export const TextField = ({
  name,
  id: givenId,
  label,
  value,
  onChange,
  error,
  help,
  describedBy: moreIds,
  type = 'text',
  multiline = false,
  children,
  ...rest
}) => {
  const id = givenId || fieldId(name);
  const Control = multiline ? 'textarea' : 'input';
  return (
    <div className="registration-field">
      <label htmlFor={id}>{label}</label>
      <Help id={`${id}-help`} text={help} />
      <div className="registration-control">
        <Control
          id={id}
          name={name}
          type={multiline ? undefined : type}
          value={value}
          onChange={(event) => onChange(name, event.target.value)}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(
            help && `${id}-help`,
            error && `${id}-error`,
            moreIds,
          )}
          rows={multiline ? 6 : undefined}
          {...rest}
        />
        {children}
      </div>
      <ErrorText id={`${id}-error`} text={error} />
    </div>
  );
};

TextField.propTypes = {
  name: PropTypes.string.isRequired,
  id: PropTypes.string,
  label: PropTypes.string.isRequired,
  value: PropTypes.string.isRequired,
  onChange: PropTypes.func.isRequired,
  error: PropTypes.string,
  help: PropTypes.string,
  describedBy: PropTypes.string,
  type: PropTypes.string,
  multiline: PropTypes.bool,
  children: PropTypes.node,
};

/**
 * The password, hidden by default; a checkbox under it shows it, the
 * pattern people know from other sites. With `strength` ({email,
 * fullname}, what the password must not be built from), the backend's
 * live feedback on its strength follows and describes the field.
 */
export const PasswordField = ({ strength, ...props }) => {
  const intl = useIntl();
  const [isShown, setShown] = useState(false);
  const baseId = props.id || fieldId(props.name);
  const id = `${baseId}-show`;
  const strengthId = strength ? `${baseId}-strength` : undefined;
  return (
    <TextField
      {...props}
      type={isShown ? 'text' : 'password'}
      autoComplete="new-password"
      spellCheck={false}
      describedBy={strengthId}
    >
      <RevealPasswords
        id={id}
        checked={isShown}
        onChange={setShown}
        label={intl.formatMessage(messages.showPassword)}
      />
      {strength && (
        <PasswordStrength
          id={strengthId}
          password={props.value}
          userInputs={strength}
        />
      )}
    </TextField>
  );
};

PasswordField.propTypes = {
  name: PropTypes.string.isRequired,
  id: PropTypes.string,
  value: PropTypes.string.isRequired,
  strength: PropTypes.shape({
    email: PropTypes.string,
    fullname: PropTypes.string,
  }),
};

/** A native <select> of vocabulary terms, with an empty first option. */
export const SelectField = ({
  name,
  label,
  placeholder,
  choices,
  value,
  onChange,
  error,
}) => {
  const id = fieldId(name);
  return (
    <div className="registration-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(name, event.target.value)}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="">{placeholder}</option>
        {choices.map((choice) => (
          <option key={choice.token} value={choice.token}>
            {choice.title}
          </option>
        ))}
      </select>
      <ErrorText id={`${id}-error`} text={error} />
    </div>
  );
};

SelectField.propTypes = {
  name: PropTypes.string.isRequired,
  label: PropTypes.string.isRequired,
  placeholder: PropTypes.string.isRequired,
  choices: choicesShape.isRequired,
  value: PropTypes.string.isRequired,
  onChange: PropTypes.func.isRequired,
  error: PropTypes.string,
};

/**
 * Radio buttons (`multiple` false, value a token) or checkboxes (`multiple`,
 * value a list of tokens) in a fieldset named by its legend. Long lists get
 * a filter box: typing "Sén" leaves Sénégal a few Tab presses away.
 */
export const ChoiceGroup = ({
  name,
  legend,
  choices,
  value,
  onChange,
  error,
  help,
  multiple = false,
}) => {
  const intl = useIntl();
  const [filter, setFilter] = useState('');
  const id = fieldId(name);
  const isFilterable = choices.length > FILTER_FROM;
  const needle = filter.trim().toLocaleLowerCase();
  // Ticked choices stay visible whatever the filter.
  const shown = choices.filter(
    (choice) =>
      !needle ||
      choice.title.toLocaleLowerCase().includes(needle) ||
      (multiple && value.includes(choice.token)),
  );
  const isChecked = (token) =>
    multiple ? value.includes(token) : value === token;
  const toggle = (token) => {
    if (!multiple) {
      onChange(name, token);
    } else {
      onChange(
        name,
        value.includes(token)
          ? value.filter((item) => item !== token)
          : [...value, token],
      );
    }
  };
  const description = describedBy(help && `${id}-help`, error && `${id}-error`);

  return (
    <fieldset
      id={id}
      className="registration-field registration-choices"
      aria-describedby={description}
    >
      <legend>{legend}</legend>
      <Help id={`${id}-help`} text={help} />
      {isFilterable && (
        <div className="registration-filter">
          <label htmlFor={`${id}-filter`}>
            {intl.formatMessage(messages.filterChoices, { legend })}
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            aria-describedby={`${id}-filter-count`}
          />
          <p id={`${id}-filter-count`} className="registration-help">
            {intl.formatMessage(messages.filterCount, { count: shown.length })}
          </p>
        </div>
      )}
      <ul
        className={`registration-options${
          isFilterable ? ' registration-options-long' : ''
        }`}
      >
        {shown.map((choice) => {
          const optionId = `${id}-${choice.token}`;
          return (
            <li key={choice.token}>
              <input
                id={optionId}
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={choice.token}
                checked={isChecked(choice.token)}
                onChange={() => toggle(choice.token)}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(
                  choice.help && `${optionId}-help`,
                  error && `${id}-error`,
                )}
              />
              <label htmlFor={optionId}>{choice.title}</label>
              {choice.help && (
                <p id={`${optionId}-help`} className="registration-help">
                  {choice.help}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {shown.length === 0 && (
        <p className="registration-help">
          {intl.formatMessage(messages.noChoice)}
        </p>
      )}
      <ErrorText id={`${id}-error`} text={error} />
    </fieldset>
  );
};

ChoiceGroup.propTypes = {
  name: PropTypes.string.isRequired,
  legend: PropTypes.string.isRequired,
  choices: choicesShape.isRequired,
  value: PropTypes.oneOfType([
    PropTypes.string,
    PropTypes.arrayOf(PropTypes.string),
  ]).isRequired,
  onChange: PropTypes.func.isRequired,
  error: PropTypes.string,
  help: PropTypes.string,
  multiple: PropTypes.bool,
};

/** One checkbox whose value is true or false (a consent). */
export const Checkbox = ({ name, label, value, onChange, error }) => {
  const id = fieldId(name);
  return (
    <div className="registration-field registration-checkbox">
      <input
        id={id}
        type="checkbox"
        name={name}
        checked={value}
        onChange={(event) => onChange(name, event.target.checked)}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      <ErrorText id={`${id}-error`} text={error} />
    </div>
  );
};

Checkbox.propTypes = {
  name: PropTypes.string.isRequired,
  label: PropTypes.string.isRequired,
  value: PropTypes.bool.isRequired,
  onChange: PropTypes.func.isRequired,
  error: PropTypes.string,
};

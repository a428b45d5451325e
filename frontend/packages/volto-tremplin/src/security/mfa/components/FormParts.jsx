/**
 * The pieces every MFA form repeats: the one-time code field, the problem
 * that belongs to no field, and the submit button that stays focusable
 * while the form is sending (aria-disabled, not disabled).
 */
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import Field from '../../login/components/Field';
import messages from '../messages';

export const CodeField = ({ id, form, label }) => {
  const intl = useIntl();
  return (
    <Field
      id={id}
      name="code"
      label={label}
      help={intl.formatMessage(messages.codeHelp)}
      value={form.values.code}
      onChange={form.onChange}
      error={form.errors.code}
      autoComplete="one-time-code"
      inputMode="numeric"
      spellCheck={false}
      required
    />
  );
};

export const FormProblem = ({ form }) =>
  form.errors[''] ? (
    <p className="security-problem" role="alert">
      {form.errors['']}
    </p>
  ) : null;

export const SubmitButton = ({ form, primary, children }) => (
  <button
    type="submit"
    className={primary ? 'ui button primary' : 'ui button'}
    aria-disabled={form.isSending || undefined}
  >
    {children}
  </button>
);

const formShape = PropTypes.shape({
  values: PropTypes.object.isRequired,
  errors: PropTypes.object.isRequired,
  onChange: PropTypes.func,
  isSending: PropTypes.bool,
});

CodeField.propTypes = {
  id: PropTypes.string.isRequired,
  form: formShape.isRequired,
  label: PropTypes.string.isRequired,
};
FormProblem.propTypes = { form: formShape.isRequired };
SubmitButton.propTypes = {
  form: formShape.isRequired,
  primary: PropTypes.bool,
  children: PropTypes.node.isRequired,
};

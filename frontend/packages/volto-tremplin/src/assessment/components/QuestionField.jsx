import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { toggled } from '../answers';
import messages from '../messages';

/**
 * One question as a fieldset: its text is the legend, its answers native
 * radio buttons (single choice, scale) or checkboxes (multiple choice), so
 * the keyboard and screen readers work as everywhere else.
 */
const QuestionField = ({ question, answer, error, onChange }) => {
  const intl = useIntl();
  const base = `assessment-${question.id}`;
  const multiple = question.type === 'multiple';
  const described = [
    question.help && `${base}-help`,
    multiple && `${base}-several`,
    error && `${base}-error`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className={`assessment-question assessment-${question.type}`}
      aria-describedby={described || undefined}
    >
      <legend>
        {question.text}
        {question.required && (
          <span className="assessment-required">
            {' '}
            ({intl.formatMessage(messages.requiredAnswer)})
          </span>
        )}
      </legend>
      {question.help && (
        <p id={`${base}-help`} className="assessment-help">
          {question.help}
        </p>
      )}
      {multiple && (
        <p id={`${base}-several`} className="assessment-help">
          {intl.formatMessage(messages.severalAnswers)}
        </p>
      )}
      <div className="assessment-options">
        {question.options.map((option) => {
          const id = `${base}-${option.id}`;
          const checked = multiple
            ? (answer || []).includes(option.id)
            : answer === option.id;
          return (
            <div className="assessment-option" key={option.id}>
              <input
                id={id}
                type={multiple ? 'checkbox' : 'radio'}
                name={base}
                value={option.id}
                checked={checked}
                onChange={(event) =>
                  onChange(
                    multiple
                      ? toggled(
                          question,
                          answer,
                          option.id,
                          event.target.checked,
                        )
                      : option.id,
                  )
                }
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
      {error && (
        <p id={`${base}-error`} className="assessment-error">
          {error}
        </p>
      )}
    </fieldset>
  );
};

QuestionField.propTypes = {
  question: PropTypes.shape({
    id: PropTypes.string.isRequired,
    type: PropTypes.oneOf(['single', 'multiple', 'scale']).isRequired,
    required: PropTypes.bool,
    text: PropTypes.string.isRequired,
    help: PropTypes.string,
    options: PropTypes.arrayOf(
      PropTypes.shape({
        id: PropTypes.string.isRequired,
        label: PropTypes.string.isRequired,
        exclusive: PropTypes.bool,
      }),
    ).isRequired,
  }).isRequired,
  answer: PropTypes.oneOfType([
    PropTypes.string,
    PropTypes.arrayOf(PropTypes.string),
  ]),
  error: PropTypes.string,
  onChange: PropTypes.func.isRequired,
};

export default QuestionField;

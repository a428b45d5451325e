import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import messages from '../messages';

/**
 * Where the visitor is in the wizard: the list of the steps, the current one
 * marked with aria-current="step" (spec §7.1.4). Not links: a step is only
 * reached through the ones before it.
 */
const RegistrationProgress = ({ step, titles }) => {
  const intl = useIntl();
  return (
    <nav
      className="registration-progress"
      aria-label={intl.formatMessage(messages.progress)}
    >
      <ol>
        {titles.map((key, index) => (
          <li
            key={key}
            aria-current={index === step ? 'step' : undefined}
            className={
              index < step ? 'done' : index === step ? 'current' : undefined
            }
          >
            <span className="registration-progress-number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="registration-progress-title">
              {intl.formatMessage(messages[key])}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
};

RegistrationProgress.propTypes = {
  step: PropTypes.number.isRequired,
  titles: PropTypes.arrayOf(PropTypes.string).isRequired,
};

export default RegistrationProgress;

import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import StepProgress from '../../forms/components/StepProgress';
import messages from '../messages';

/** The registration wizard's steps (forms/components/StepProgress). */
const RegistrationProgress = ({ step, titles }) => {
  const intl = useIntl();
  return (
    <StepProgress
      className="registration-progress"
      label={intl.formatMessage(messages.progress)}
      titles={titles.map((key) => intl.formatMessage(messages[key]))}
      current={step}
    />
  );
};

RegistrationProgress.propTypes = {
  step: PropTypes.number.isRequired,
  titles: PropTypes.arrayOf(PropTypes.string).isRequired,
};

export default RegistrationProgress;

/**
 * The login's code step (CodeStep) for a challenge an external login
 * brought: an external identity never skips the second factor.
 */
import { useEffect } from 'react';
import PropTypes from 'prop-types';
import CodeStep from '../../login/components/CodeStep';
import { useExternalCode } from './useExternalCode';

const ExternalCodeStep = ({
  challenge,
  onToken,
  onExpired,
  onStartAgain,
  onFieldFocus,
}) => {
  const step = useExternalCode(challenge, { onToken, onExpired });
  const { focusCode } = step;
  useEffect(() => {
    if (focusCode > 0) {
      // The page's heading would take the focus back once the document
      // title changes (useFocusAfterTitle): it lets go first.
      onFieldFocus();
      document.getElementById('login-code')?.focus();
    }
  }, [focusCode, onFieldFocus]);
  return (
    <>
      <CodeStep
        mode={step.mode}
        methods={challenge.methods}
        code={step.code}
        error={step.error}
        expires={challenge.expires}
        isSending={step.isSending}
        smsSent={step.smsSent}
        onChange={step.onCode}
        onSubmit={step.submit}
        onMode={step.chooseMode}
        onSendSms={step.sendSms}
        onStartAgain={onStartAgain}
        headingLevel={1}
      />
      <p className="security-live" role="status" aria-live="polite">
        {step.status}
      </p>
    </>
  );
};

ExternalCodeStep.propTypes = {
  challenge: PropTypes.shape({
    id: PropTypes.string.isRequired,
    methods: PropTypes.arrayOf(PropTypes.string).isRequired,
    expires: PropTypes.string,
  }).isRequired,
  onToken: PropTypes.func.isRequired,
  onExpired: PropTypes.func.isRequired,
  onStartAgain: PropTypes.func.isRequired,
  onFieldFocus: PropTypes.func.isRequired,
};

export default ExternalCodeStep;

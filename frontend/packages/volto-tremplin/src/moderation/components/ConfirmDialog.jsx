import { useEffect, useId, useRef } from 'react';
import PropTypes from 'prop-types';

/**
 * A modal confirmation built on the native <dialog>: the browser keeps the
 * focus inside, closes it with Escape and gives it role="dialog". Focus goes
 * to the confirm button on opening and back to `returnFocusTo` on closing.
 */
const ConfirmDialog = ({
  isOpen,
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  isBusy,
}) => {
  const dialog = useRef(null);
  const confirmButton = useRef(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) {
      return;
    }
    if (isOpen && !element.open) {
      // jsdom has no showModal(): the open attribute is enough there.
      if (element.showModal) {
        element.showModal();
      } else {
        element.setAttribute('open', '');
      }
      confirmButton.current?.focus();
    } else if (!isOpen && element.open) {
      if (element.close) {
        element.close();
      } else {
        element.removeAttribute('open');
      }
    }
  }, [isOpen]);

  const questionId = useId();

  return (
    <dialog
      ref={dialog}
      className="tremplin-confirm"
      aria-labelledby={questionId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <p id={questionId}>{question}</p>
      <div className="tremplin-confirm-buttons">
        <button
          ref={confirmButton}
          type="button"
          className="ui primary button"
          onClick={onConfirm}
          disabled={isBusy}
        >
          {confirmLabel}
        </button>
        <button type="button" className="ui button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
};

ConfirmDialog.propTypes = {
  isOpen: PropTypes.bool.isRequired,
  question: PropTypes.node.isRequired,
  confirmLabel: PropTypes.string.isRequired,
  cancelLabel: PropTypes.string.isRequired,
  onConfirm: PropTypes.func.isRequired,
  onCancel: PropTypes.func.isRequired,
  isBusy: PropTypes.bool,
};

export default ConfirmDialog;

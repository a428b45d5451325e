import { useEffect, useRef, useState } from 'react';
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import messages from '../messages';

/** A text file of the codes, offered for download. */
function downloadCodes(text) {
  const url = URL.createObjectURL(
    new Blob([text], { type: 'text/plain;charset=utf-8' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = 'tremplin-recovery-codes.txt';
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/**
 * The recovery codes, shown once (the server keeps only their hashes):
 * download, print, and a box to tick before going on, so that nobody
 * leaves the page without them by mistake.
 */
const RecoveryCodes = ({ codes, account, onDone }) => {
  const intl = useIntl();
  const headingRef = useRef(null);
  const [isSaved, setSaved] = useState(false);
  const [error, setError] = useState(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const fileText = [
    intl.formatMessage(messages.codesFileTitle, {
      account,
      date: intl.formatDate(new Date(), { dateStyle: 'long' }),
    }),
    '',
    ...codes,
    '',
  ].join('\n');

  const onContinue = () => {
    if (!isSaved) {
      setError(intl.formatMessage(messages.codesNotSaved));
      document.getElementById('mfa-codes-saved')?.focus();
      return;
    }
    onDone();
  };

  return (
    <section className="mfa-recovery-codes" aria-labelledby="mfa-codes-title">
      <h2 id="mfa-codes-title" tabIndex={-1} ref={headingRef}>
        {intl.formatMessage(messages.codesTitle)}
      </h2>
      <p>{intl.formatMessage(messages.codesIntro)}</p>
      <ol
        className="mfa-codes"
        aria-label={intl.formatMessage(messages.codesListLabel)}
      >
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="security-actions mfa-codes-actions">
        <button
          type="button"
          className="ui button"
          onClick={() => downloadCodes(fileText)}
        >
          {intl.formatMessage(messages.download)}
        </button>
        <button
          type="button"
          className="ui button"
          onClick={() => window.print()}
        >
          {intl.formatMessage(messages.print)}
        </button>
      </div>
      <div className="security-field mfa-codes-saved">
        <input
          id="mfa-codes-saved"
          type="checkbox"
          checked={isSaved}
          onChange={(event) => {
            setSaved(event.target.checked);
            setError(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'mfa-codes-saved-error' : undefined}
        />
        <label htmlFor="mfa-codes-saved">
          {intl.formatMessage(messages.codesSaved)}
        </label>
        {error && (
          <p id="mfa-codes-saved-error" className="security-error">
            {error}
          </p>
        )}
      </div>
      <div className="security-actions">
        <button
          type="button"
          className="ui button primary"
          onClick={onContinue}
        >
          {intl.formatMessage(messages.continue)}
        </button>
      </div>
    </section>
  );
};

RecoveryCodes.propTypes = {
  codes: PropTypes.arrayOf(PropTypes.string).isRequired,
  account: PropTypes.string.isRequired,
  onDone: PropTypes.func.isRequired,
};

export default RecoveryCodes;

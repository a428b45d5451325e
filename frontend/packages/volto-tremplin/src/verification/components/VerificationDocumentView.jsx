import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Container, Message } from 'semantic-ui-react';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import messages from '../messages';

/**
 * One document of a company's verification file (backend:
 * oif.tremplin.verification). Only its company, moderators and
 * administrators ever reach this page: the backend answers 401 to others.
 * The page says so, names the kind of document and offers the file.
 */
const VerificationDocumentView = ({ content }) => {
  const intl = useIntl();
  const file = content.file?.download ? content.file : null;
  const kind = content.document_kind?.title || content.document_kind?.token;

  return (
    <Container
      id="page-document"
      className="view-wrapper verification-document"
    >
      <h1 className="documentFirstHeading">{content.title}</h1>
      <Message info role="note">
        {intl.formatMessage(messages.privateNotice)}
      </Message>
      <dl className="verification-document-fields">
        {kind && (
          <>
            <dt>{intl.formatMessage(messages.kind)}</dt>
            <dd>{kind}</dd>
          </>
        )}
        <dt>{intl.formatMessage(messages.file)}</dt>
        <dd>
          {file ? (
            <a href={flattenToAppURL(file.download)}>
              {intl.formatMessage(messages.download, {
                filename: file.filename || content.title,
              })}
            </a>
          ) : (
            intl.formatMessage(messages.noFile)
          )}
        </dd>
      </dl>
    </Container>
  );
};

VerificationDocumentView.propTypes = {
  content: PropTypes.shape({
    title: PropTypes.string.isRequired,
    document_kind: PropTypes.shape({
      token: PropTypes.string,
      title: PropTypes.string,
    }),
    file: PropTypes.shape({
      download: PropTypes.string,
      filename: PropTypes.string,
    }),
  }).isRequired,
};

export default VerificationDocumentView;

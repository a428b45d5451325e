import { defineMessages } from 'react-intl';

export default defineMessages({
  privateNotice: {
    id: 'verification.privateNotice',
    defaultMessage:
      'Private document: only your company and the OIF team (moderators and administrators) can see it.',
  },
  kind: {
    id: 'verification.kind',
    defaultMessage: 'Kind of document',
  },
  file: {
    id: 'verification.file',
    defaultMessage: 'File',
  },
  download: {
    id: 'verification.download',
    defaultMessage: 'Download {filename}',
  },
  noFile: {
    id: 'verification.noFile',
    defaultMessage: 'No file has been sent yet.',
  },
});

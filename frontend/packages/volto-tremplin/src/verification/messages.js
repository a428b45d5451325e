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
  dossierTitle: {
    id: 'verification.dossierTitle',
    defaultMessage: 'Verification file',
  },
  dossierIntro: {
    id: 'verification.dossierIntro',
    defaultMessage: 'Only you and the OIF team see this part of the page.',
  },
  stateLabel: {
    id: 'verification.stateLabel',
    defaultMessage: 'State of your profile',
  },
  state_draft: {
    id: 'verification.state_draft',
    defaultMessage: 'draft: not sent for verification yet',
  },
  state_submitted: {
    id: 'verification.state_submitted',
    defaultMessage: 'submitted: waiting for a moderator',
  },
  state_in_review: {
    id: 'verification.state_in_review',
    defaultMessage: 'under review by a moderator',
  },
  state_verified: {
    id: 'verification.state_verified',
    defaultMessage: 'verified',
  },
  state_rejected: {
    id: 'verification.state_rejected',
    defaultMessage: 'rejected',
  },
  state_appealed: {
    id: 'verification.state_appealed',
    defaultMessage: 'appealed: waiting for a new review',
  },
  state_expired: {
    id: 'verification.state_expired',
    defaultMessage:
      'expired: send your profile again to renew the verification',
  },
  documentsTitle: {
    id: 'verification.documentsTitle',
    defaultMessage: 'Supporting documents',
  },
  documentsHelp: {
    id: 'verification.documentsHelp',
    defaultMessage:
      'The OIF needs one document of each kind: PDF, JPEG or PNG.',
  },
  kind_register_extract: {
    id: 'verification.kind_register_extract',
    defaultMessage: 'Trade register extract',
  },
  kind_manager_id: {
    id: 'verification.kind_manager_id',
    defaultMessage: 'Identity document of the manager',
  },
  kind_financial_statements: {
    id: 'verification.kind_financial_statements',
    defaultMessage: 'Latest financial statements',
  },
  kind_proof_of_address: {
    id: 'verification.kind_proof_of_address',
    defaultMessage: 'Proof of address',
  },
  documentSent: {
    id: 'verification.documentSent',
    defaultMessage: 'sent',
  },
  documentMissing: {
    id: 'verification.documentMissing',
    defaultMessage: 'missing',
  },
  addDocument: {
    id: 'verification.addDocument',
    defaultMessage: 'Add',
  },
  submitTitle: {
    id: 'verification.submitTitle',
    defaultMessage: 'Send for verification',
  },
  submitHelp: {
    id: 'verification.submitHelp',
    defaultMessage:
      'Once sent, you cannot change your profile until a moderator has looked at it.',
  },
  submitIncomplete: {
    id: 'verification.submitIncomplete',
    defaultMessage: 'Add the missing documents before you send your profile.',
  },
  submit: {
    id: 'verification.submit',
    defaultMessage: 'Submit for verification',
  },
  submitted: {
    id: 'verification.submitted',
    defaultMessage:
      'Your profile was sent for verification. You will get an e-mail when a moderator has looked at it.',
  },
  moderatorRejected: {
    id: 'verification.moderatorRejected',
    defaultMessage: 'Reason given by the moderator',
  },
  moderatorRequest: {
    id: 'verification.moderatorRequest',
    defaultMessage: 'Documents asked for by the moderator',
  },
  appealTitle: {
    id: 'verification.appealTitle',
    defaultMessage: 'Appeal the decision',
  },
  appealHelp: {
    id: 'verification.appealHelp',
    defaultMessage:
      'Explain what was wrong or what you changed; add new documents above first if needed.',
  },
  appealComment: {
    id: 'verification.appealComment',
    defaultMessage: 'Your explanation',
  },
  appeal: {
    id: 'verification.appeal',
    defaultMessage: 'Send the appeal',
  },
  appealed: {
    id: 'verification.appealed',
    defaultMessage:
      'Your appeal was sent. A moderator will look at your profile again.',
  },
  errorRequired: {
    id: 'verification.errorRequired',
    defaultMessage: 'Fill in this field.',
  },
  actionFailed: {
    id: 'verification.actionFailed',
    defaultMessage: 'That did not work. Reload the page and try again.',
  },
  verifiedOn: {
    id: 'verification.verifiedOn',
    defaultMessage: 'Verified profile, on {date}',
  },
});

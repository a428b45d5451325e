import { defineMessages } from 'react-intl';

export default defineMessages({
  title: { id: 'moderation.title', defaultMessage: 'Profiles to review' },
  menuLink: { id: 'moderation.menuLink', defaultMessage: 'Profiles to review' },
  back: { id: 'moderation.back', defaultMessage: 'Back to the site' },
  intro: {
    id: 'moderation.intro',
    defaultMessage:
      'Profiles waiting for a decision, oldest first. Open a profile to see its automated checks and documents.',
  },
  loading: { id: 'moderation.loading', defaultMessage: 'Loading…' },
  empty: { id: 'moderation.empty', defaultMessage: 'No profile is waiting' },
  loadError: {
    id: 'moderation.loadError',
    defaultMessage: 'The list could not be loaded.',
  },
  notAllowed: {
    id: 'moderation.notAllowed',
    defaultMessage: 'Only moderators and administrators can review profiles.',
  },
  count: {
    id: 'moderation.count',
    defaultMessage:
      '{count, plural, =0 {No profile} one {# profile} other {# profiles}} waiting',
  },
  type: { id: 'moderation.type', defaultMessage: 'Type' },
  state: { id: 'moderation.state', defaultMessage: 'State' },
  applicant: { id: 'moderation.applicant', defaultMessage: 'Applicant' },
  submittedOn: { id: 'moderation.submittedOn', defaultMessage: 'Submitted on' },
  age: {
    id: 'moderation.age',
    defaultMessage: '{days, plural, =0 {today} one {# day} other {# days}}',
  },
  ageLabel: { id: 'moderation.ageLabel', defaultMessage: 'Waiting for' },
  checksLabel: {
    id: 'moderation.checksLabel',
    defaultMessage: 'Automated checks',
  },
  checkSummary: {
    id: 'moderation.checkSummary',
    defaultMessage: '{passed} passed, {warning} warnings, {failed} failed',
  },
  showDetail: {
    id: 'moderation.showDetail',
    defaultMessage: 'Review {title}',
  },
  hideDetail: {
    id: 'moderation.hideDetail',
    defaultMessage: 'Close {title}',
  },
  typeCompany: { id: 'moderation.typeCompany', defaultMessage: 'Company' },
  typeExpert: { id: 'moderation.typeExpert', defaultMessage: 'Expert' },
  stateSubmitted: {
    id: 'moderation.stateSubmitted',
    defaultMessage: 'Submitted',
  },
  stateInReview: {
    id: 'moderation.stateInReview',
    defaultMessage: 'In review',
  },
  stateAppealed: { id: 'moderation.stateAppealed', defaultMessage: 'Appealed' },
  stateVerified: { id: 'moderation.stateVerified', defaultMessage: 'Verified' },
  stateRejected: { id: 'moderation.stateRejected', defaultMessage: 'Rejected' },
  stateDraft: { id: 'moderation.stateDraft', defaultMessage: 'Draft' },
  checksTitle: {
    id: 'moderation.checksTitle',
    defaultMessage: 'Automated checks',
  },
  checksLoading: {
    id: 'moderation.checksLoading',
    defaultMessage: 'Loading the checks…',
  },
  checksError: {
    id: 'moderation.checksError',
    defaultMessage: 'The checks could not be loaded.',
  },
  noChecks: { id: 'moderation.noChecks', defaultMessage: 'No check was run.' },
  statusPassed: { id: 'moderation.statusPassed', defaultMessage: 'Passed' },
  statusWarning: { id: 'moderation.statusWarning', defaultMessage: 'Warning' },
  statusFailed: { id: 'moderation.statusFailed', defaultMessage: 'Failed' },
  documentsTitle: {
    id: 'moderation.documentsTitle',
    defaultMessage: 'Documents',
  },
  noDocuments: {
    id: 'moderation.noDocuments',
    defaultMessage: 'No document has been sent.',
  },
  preview: { id: 'moderation.preview', defaultMessage: 'Preview of {title}' },
  noPreview: {
    id: 'moderation.noPreview',
    defaultMessage: 'This file cannot be shown in the page.',
  },
  download: { id: 'moderation.download', defaultMessage: 'Download {title}' },
  openProfile: {
    id: 'moderation.openProfile',
    defaultMessage: 'Open the profile page',
  },
  actionsTitle: { id: 'moderation.actionsTitle', defaultMessage: 'Decision' },
  noActions: {
    id: 'moderation.noActions',
    defaultMessage: 'No decision is possible in this state.',
  },
  start_review: {
    id: 'moderation.startReview',
    defaultMessage: 'Start the review',
  },
  verify: { id: 'moderation.verify', defaultMessage: 'Verify' },
  reject: { id: 'moderation.reject', defaultMessage: 'Reject' },
  request_documents: {
    id: 'moderation.requestDocuments',
    defaultMessage: 'Request documents',
  },
  rejectMessage: {
    id: 'moderation.rejectMessage',
    defaultMessage: 'Reason for the rejection (sent to the applicant)',
  },
  requestMessage: {
    id: 'moderation.requestMessage',
    defaultMessage: 'Documents or information needed (sent to the applicant)',
  },
  messageRequired: {
    id: 'moderation.messageRequired',
    defaultMessage: 'Write a message to the applicant.',
  },
  submit_reject: {
    id: 'moderation.submitReject',
    defaultMessage: 'Reject with this reason',
  },
  submit_request_documents: {
    id: 'moderation.submitRequestDocuments',
    defaultMessage: 'Send the request',
  },
  cancel: { id: 'moderation.cancel', defaultMessage: 'Cancel' },
  confirm: { id: 'moderation.confirm', defaultMessage: 'Confirm' },
  confirmVerify: {
    id: 'moderation.confirmVerify',
    defaultMessage:
      'Verify the profile {title}? It will show the “Verified profile” badge.',
  },
  confirmReject: {
    id: 'moderation.confirmReject',
    defaultMessage:
      'Reject the profile {title}? The applicant receives your reason and may appeal.',
  },
  confirmRequest: {
    id: 'moderation.confirmRequest',
    defaultMessage:
      'Send the profile {title} back to its applicant for more documents?',
  },
  done_start_review: {
    id: 'moderation.doneStartReview',
    defaultMessage: 'Review of {title} started.',
  },
  done_verify: {
    id: 'moderation.doneVerify',
    defaultMessage: '{title} is verified.',
  },
  done_reject: {
    id: 'moderation.doneReject',
    defaultMessage: '{title} is rejected; the applicant has been told why.',
  },
  done_request_documents: {
    id: 'moderation.doneRequestDocuments',
    defaultMessage: '{title} was sent back to the applicant for documents.',
  },
  actionError: {
    id: 'moderation.actionError',
    defaultMessage: 'The decision could not be saved.',
  },
});

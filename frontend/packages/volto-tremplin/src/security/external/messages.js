import { defineMessages } from 'react-intl';

export default defineMessages({
  // Not "Log in with …": the form's own button is "Log in", and a name
  // that contains another's makes "the Log in button" ambiguous.
  loginWith: {
    id: 'external.loginWith',
    defaultMessage: 'Continue with {provider}',
  },
  loginOptions: {
    id: 'external.loginOptions',
    defaultMessage: 'Or log in with an account you already have:',
  },
  redirecting: {
    id: 'external.redirecting',
    defaultMessage: 'Taking you to {provider}…',
  },
  startFailed: {
    id: 'external.startFailed',
    defaultMessage:
      'Logging in with {provider} is not possible at the moment. Try again later or use your password.',
  },
  callbackTitle: {
    id: 'external.callbackTitle',
    defaultMessage: 'Logging in with an external account',
  },
  linkTitle: {
    id: 'external.linkTitle',
    defaultMessage: 'Linking an external account',
  },
  working: {
    id: 'external.working',
    defaultMessage: 'Checking your {provider} account…',
  },
  welcomeTitle: {
    id: 'external.welcomeTitle',
    defaultMessage: 'Welcome to Tremplin',
  },
  welcomeText: {
    id: 'external.welcomeText',
    defaultMessage:
      'Your Tremplin account was created with your {provider} account. It is not verified yet: you can browse the public pages, and the member spaces open once your company or expert profile has been verified.',
  },
  welcomeContinue: {
    id: 'external.welcomeContinue',
    defaultMessage: 'Continue',
  },
  problemTitle: {
    id: 'external.problemTitle',
    defaultMessage: 'Logging in with {provider} did not work',
  },
  linkProblemTitle: {
    id: 'external.linkProblemTitle',
    defaultMessage: 'Linking your {provider} account did not work',
  },
  failed: {
    id: 'external.failed',
    defaultMessage:
      'Your {provider} account could not be confirmed. Try again; if it happens again, log in with your password.',
  },
  cancelled: {
    id: 'external.cancelled',
    defaultMessage:
      'You cancelled the login at {provider}. Nothing was changed.',
  },
  expired: {
    id: 'external.expired',
    defaultMessage:
      'This login link is no longer valid (it works once, in the tab that started it). Start again.',
  },
  signedOut: {
    id: 'external.signedOut',
    defaultMessage:
      'Your Tremplin session ended while you were at {provider}: nothing was linked. Log in again, then link the account from the account security page.',
  },
  signedInAlready: {
    id: 'external.signedInAlready',
    defaultMessage:
      'You are already logged in to Tremplin. To log in with {provider}, link it from the account security page.',
  },
  codeExpired: {
    id: 'external.codeExpired',
    defaultMessage:
      'This verification has expired or had too many wrong codes. Start the login again.',
  },
  accountExists: {
    id: 'external.accountExists',
    defaultMessage:
      'A Tremplin account already uses this address. Log in with your password, then link this external account from the account security page.',
  },
  identityInUse: {
    id: 'external.identityInUse',
    defaultMessage:
      'This {provider} account is already linked to another Tremplin account. Unlink it there first, or choose another account.',
  },
  unknownProvider: {
    id: 'external.unknownProvider',
    defaultMessage: 'Logging in with {provider} is not offered on Tremplin.',
  },
  locked: {
    id: 'external.locked',
    defaultMessage:
      'Too many failed attempts: logging in to this account is blocked for a while. Try again later.',
  },
  unavailable: {
    id: 'external.unavailable',
    defaultMessage:
      'The service is not available at the moment. Try again in a few minutes.',
  },
  backToLogin: {
    id: 'external.backToLogin',
    defaultMessage: 'Back to the login page',
  },
  backToSecurity: {
    id: 'external.backToSecurity',
    defaultMessage: 'Back to account security',
  },
  sectionTitle: {
    id: 'external.sectionTitle',
    defaultMessage: 'External accounts',
  },
  sectionIntro: {
    id: 'external.sectionIntro',
    defaultMessage:
      'Log in to Tremplin with an account you already have. Two-step verification still applies.',
  },
  loading: {
    id: 'external.loading',
    defaultMessage: 'Loading your external accounts…',
  },
  loadFailed: {
    id: 'external.loadFailed',
    defaultMessage: 'Your external accounts could not be loaded.',
  },
  retry: {
    id: 'external.retry',
    defaultMessage: 'Try again',
  },
  empty: {
    id: 'external.empty',
    defaultMessage: 'No external account is linked to your Tremplin account.',
  },
  linkedListLabel: {
    id: 'external.linkedListLabel',
    defaultMessage: 'Linked accounts',
  },
  linkedOn: {
    id: 'external.linkedOn',
    defaultMessage: 'Linked on {date}',
  },
  linkWith: {
    id: 'external.linkWith',
    defaultMessage: 'Link a {provider} account',
  },
  unlink: {
    id: 'external.unlink',
    defaultMessage: 'Unlink {provider}',
  },
  unlinkQuestion: {
    id: 'external.unlinkQuestion',
    defaultMessage:
      'Unlink your {provider} account? You will no longer be able to log in to Tremplin with it.',
  },
  unlinkConfirm: {
    id: 'external.unlinkConfirm',
    defaultMessage: 'Unlink',
  },
  cancel: {
    id: 'external.cancel',
    defaultMessage: 'Cancel',
  },
  unlinked: {
    id: 'external.unlinked',
    defaultMessage: 'Your {provider} account is no longer linked.',
  },
  unlinkFailed: {
    id: 'external.unlinkFailed',
    defaultMessage: 'Your {provider} account could not be unlinked. Try again.',
  },
  linked: {
    id: 'external.linked',
    defaultMessage:
      'Your {provider} account is linked: you can now log in with it.',
  },
});

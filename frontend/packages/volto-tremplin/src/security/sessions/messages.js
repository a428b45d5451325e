import { defineMessages } from 'react-intl';

export default defineMessages({
  warningTitle: {
    id: 'sessions.warningTitle',
    defaultMessage: 'Are you still there?',
  },
  warningText: {
    id: 'sessions.warningText',
    defaultMessage:
      'For your security, you will be signed out after {minutes, plural, one {# minute} other {# minutes}} without activity.',
  },
  warningCountdown: {
    id: 'sessions.warningCountdown',
    defaultMessage:
      'Signing out in {seconds, plural, one {# second} other {# seconds}}.',
  },
  staySignedIn: {
    id: 'sessions.staySignedIn',
    defaultMessage: 'Stay signed in',
  },
  signOut: {
    id: 'sessions.signOut',
    defaultMessage: 'Sign out',
  },
  signedOutIdle: {
    id: 'sessions.signedOutIdle',
    defaultMessage:
      'You were signed out after {minutes, plural, one {# minute} other {# minutes}} of inactivity.',
  },
  signedOutIdleNoDuration: {
    id: 'sessions.signedOutIdleNoDuration',
    defaultMessage: 'You were signed out after a period of inactivity.',
  },
  sessionExpired: {
    id: 'sessions.sessionExpired',
    defaultMessage: 'Your session has ended. Sign in again to continue.',
  },
});

import { defineMessages } from 'react-intl';

export default defineMessages({
  title: {
    id: 'recovery.title',
    defaultMessage: 'Reset your password',
  },
  requestHeading: {
    id: 'recovery.requestHeading',
    defaultMessage: 'Step 1 of 2: your e-mail address',
  },
  requestIntro: {
    id: 'recovery.requestIntro',
    defaultMessage:
      'Enter the e-mail address of your Tremplin account. We will send a code to it to choose a new password.',
  },
  email: {
    id: 'recovery.email',
    defaultMessage: 'E-mail address',
  },
  sendCode: {
    id: 'recovery.sendCode',
    defaultMessage: 'Send me a code',
  },
  haveCode: {
    id: 'recovery.haveCode',
    defaultMessage: 'I already have a code',
  },
  sending: {
    id: 'recovery.sending',
    defaultMessage: 'Sending…',
  },
  codeHeading: {
    id: 'recovery.codeHeading',
    defaultMessage: 'Step 2 of 2: the code and your new password',
  },
  codeSent: {
    id: 'recovery.codeSent',
    defaultMessage:
      'If an account exists for {email}, an e-mail with a 6-digit code is on its way to it. The code is valid for 15 minutes; a new request replaces it.',
  },
  code: {
    id: 'recovery.code',
    defaultMessage: 'Code received by e-mail',
  },
  codeHelp: {
    id: 'recovery.codeHelp',
    defaultMessage: '6 digits. No e-mail? Check your spam folder.',
  },
  newPassword: {
    id: 'recovery.newPassword',
    defaultMessage: 'New password',
  },
  repeatPassword: {
    id: 'recovery.repeatPassword',
    defaultMessage: 'Confirm the new password',
  },
  showPasswords: {
    id: 'recovery.showPasswords',
    defaultMessage: 'Show the passwords',
  },
  changePassword: {
    id: 'recovery.changePassword',
    defaultMessage: 'Change my password',
  },
  newCode: {
    id: 'recovery.newCode',
    defaultMessage: 'Ask for a new code',
  },
  doneHeading: {
    id: 'recovery.doneHeading',
    defaultMessage: 'Your password was changed',
  },
  doneText: {
    id: 'recovery.doneText',
    defaultMessage:
      'Log in with your new password. For your security, every session of your account was ended, and an e-mail confirms the change.',
  },
  logIn: {
    id: 'recovery.logIn',
    defaultMessage: 'Log in',
  },
  errorRequired: {
    id: 'recovery.errorRequired',
    defaultMessage: 'Fill in this field.',
  },
  errorEmail: {
    id: 'recovery.errorEmail',
    defaultMessage: 'Enter an e-mail address such as name@example.org.',
  },
  errorCode: {
    id: 'recovery.errorCode',
    defaultMessage: 'Enter the 6 digits of the code.',
  },
  errorTooShort: {
    id: 'recovery.errorTooShort',
    defaultMessage: 'Use at least {count} characters.',
  },
  errorMismatch: {
    id: 'recovery.errorMismatch',
    defaultMessage: 'The two passwords are not the same.',
  },
  errorsOnForm: {
    id: 'recovery.errorsOnForm',
    defaultMessage:
      '{count, plural, one {One field needs} other {# fields need}} your attention.',
  },
  errorsFromServer: {
    id: 'recovery.errorsFromServer',
    defaultMessage: 'The change was refused: check the fields marked in red.',
  },
  tooSoon: {
    id: 'recovery.tooSoon',
    defaultMessage: 'Too many requests. Wait {wait} before asking again.',
  },
  tooSoonNoDelay: {
    id: 'recovery.tooSoonNoDelay',
    defaultMessage:
      'Too many requests. Wait a few minutes before asking again.',
  },
  waitSeconds: {
    id: 'recovery.waitSeconds',
    defaultMessage: '{count, plural, one {# second} other {# seconds}}',
  },
  waitMinutes: {
    id: 'recovery.waitMinutes',
    defaultMessage: '{count, plural, one {# minute} other {# minutes}}',
  },
  serverError: {
    id: 'recovery.serverError',
    defaultMessage: 'The request could not be sent. Try again in a moment.',
  },
});

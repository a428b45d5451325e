import { defineMessages } from 'react-intl';

export default defineMessages({
  title: {
    id: 'login.title',
    defaultMessage: 'Log in',
  },
  intro: {
    id: 'login.intro',
    defaultMessage: 'Log in with the e-mail address of your Tremplin account.',
  },
  login: {
    id: 'login.login',
    defaultMessage: 'E-mail address or username',
  },
  password: {
    id: 'login.password',
    defaultMessage: 'Password',
  },
  submit: {
    id: 'login.submit',
    defaultMessage: 'Log in',
  },
  checking: {
    id: 'login.checking',
    defaultMessage: 'Checking…',
  },
  forgotPassword: {
    id: 'login.forgotPassword',
    defaultMessage: 'Forgot your password?',
  },
  register: {
    id: 'login.register',
    defaultMessage: 'No account yet? Create one',
  },
  required: {
    id: 'login.required',
    defaultMessage: 'Fill in this field.',
  },
  invalid: {
    id: 'login.invalid',
    defaultMessage:
      'Login failed: the e-mail address or the password is wrong. Both are case sensitive; check that caps lock is off.',
  },
  captchaNeeded: {
    id: 'login.captchaNeeded',
    defaultMessage:
      'After several failed attempts, your browser must also pass the check below.',
  },
  captchaMissing: {
    id: 'login.captchaMissing',
    defaultMessage:
      'The check above is not finished yet: wait a moment, then log in.',
  },
  locked: {
    id: 'login.locked',
    defaultMessage:
      'Too many failed attempts: logging in is blocked for {wait}. Try again later, or reset your password.',
  },
  lockedNoDelay: {
    id: 'login.lockedNoDelay',
    defaultMessage:
      'Too many failed attempts: logging in is blocked for a while. Try again later, or reset your password.',
  },
  unavailable: {
    id: 'login.unavailable',
    defaultMessage:
      'The server could not be reached. Try again in a few moments.',
  },
  loggedIn: {
    id: 'login.loggedIn',
    defaultMessage: 'You are logged in.',
  },
  reasonMfa: {
    id: 'login.reasonMfa',
    defaultMessage:
      'Two-step verification is now on for your account: log in again, this time with a code.',
  },
  // The second step (two-step verification).
  codeTitle: {
    id: 'login.codeTitle',
    defaultMessage: 'Two-step verification',
  },
  codeIntroTotp: {
    id: 'login.codeIntroTotp',
    defaultMessage:
      'Your password is right. To finish, enter the 6-digit code that your authenticator application shows for Tremplin.',
  },
  codeIntroSms: {
    id: 'login.codeIntroSms',
    defaultMessage:
      'Your password is right. To finish, ask for a code by SMS and enter it below.',
  },
  codeIntroRecovery: {
    id: 'login.codeIntroRecovery',
    defaultMessage:
      'Enter one of the recovery codes you saved when you set up two-step verification. Each code works once.',
  },
  codeTotp: {
    id: 'login.codeTotp',
    defaultMessage: 'Code from the application',
  },
  codeSms: {
    id: 'login.codeSms',
    defaultMessage: 'Code received by SMS',
  },
  codeRecovery: {
    id: 'login.codeRecovery',
    defaultMessage: 'Recovery code',
  },
  codeHelpDigits: {
    id: 'login.codeHelpDigits',
    defaultMessage: '6 digits, for example 123456.',
  },
  codeHelpRecovery: {
    id: 'login.codeHelpRecovery',
    defaultMessage: 'As written on your list, with or without the dash.',
  },
  codeExpires: {
    id: 'login.codeExpires',
    defaultMessage: 'This step must be completed before {time}.',
  },
  verify: {
    id: 'login.verify',
    defaultMessage: 'Verify',
  },
  verifying: {
    id: 'login.verifying',
    defaultMessage: 'Verifying…',
  },
  otherMethods: {
    id: 'login.otherMethods',
    defaultMessage: 'Other ways to verify',
  },
  useRecovery: {
    id: 'login.useRecovery',
    defaultMessage: 'Use a recovery code',
  },
  useTotp: {
    id: 'login.useTotp',
    defaultMessage: 'Use my authenticator application',
  },
  sendSms: {
    id: 'login.sendSms',
    defaultMessage: 'Send me a code by SMS',
  },
  sendSmsAgain: {
    id: 'login.sendSmsAgain',
    defaultMessage: 'Send a new SMS',
  },
  smsSent: {
    id: 'login.smsSent',
    defaultMessage:
      'A code was sent by SMS to the phone number of your account.',
  },
  smsFailed: {
    id: 'login.smsFailed',
    defaultMessage: 'The SMS could not be sent. Try again in a few moments.',
  },
  startAgain: {
    id: 'login.startAgain',
    defaultMessage: 'Start again with my password',
  },
  challengeExpired: {
    id: 'login.challengeExpired',
    defaultMessage:
      'This verification has expired or had too many wrong codes. Log in again with your password.',
  },
  modeChanged: {
    id: 'login.modeChanged',
    defaultMessage: 'Field shown: {label}',
  },
  lostEverything: {
    id: 'login.lostEverything',
    defaultMessage:
      'Lost your phone and your recovery codes? Contact the Tremplin team: they will check who you are before turning two-step verification off.',
  },
});

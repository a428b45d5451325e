import { defineMessages } from 'react-intl';

export default defineMessages({
  // PasswordStrength
  strength: {
    id: 'passwords.strength',
    defaultMessage: 'Password strength: {level}.',
  },
  level0: { id: 'passwords.level0', defaultMessage: 'very weak' },
  level1: { id: 'passwords.level1', defaultMessage: 'weak' },
  level2: { id: 'passwords.level2', defaultMessage: 'fair' },
  level3: { id: 'passwords.level3', defaultMessage: 'good' },
  level4: { id: 'passwords.level4', defaultMessage: 'strong' },
  accepted: {
    id: 'passwords.accepted',
    defaultMessage: 'This password is accepted.',
  },
  notAccepted: {
    id: 'passwords.notAccepted',
    defaultMessage: 'This password is not accepted yet:',
  },
  suggestions: {
    id: 'passwords.suggestions',
    defaultMessage: 'Tips:',
  },
  rules: {
    id: 'passwords.rules',
    defaultMessage:
      'At least {count} characters. Several unrelated words make a strong password that is easy to remember; avoid your name, your e-mail address and common passwords.',
  },
  // Change password page
  // The labels Volto's own change-password page had, under Volto's ids:
  // their translations come with Volto.
  changeTitle: {
    id: 'Change Password',
    defaultMessage: 'Change Password',
  },
  currentPassword: {
    id: 'Current password',
    defaultMessage: 'Current password',
  },
  newPassword: {
    id: 'New password',
    defaultMessage: 'New password',
  },
  repeatPassword: {
    id: 'Confirm password',
    defaultMessage: 'Confirm password',
  },
  changeIntro: {
    id: 'passwords.changeIntro',
    defaultMessage: 'Enter your current password, then the new one twice.',
  },
  back: {
    id: 'passwords.back',
    defaultMessage: 'Back',
  },
  showPasswords: {
    id: 'passwords.showPasswords',
    defaultMessage: 'Show the passwords',
  },
  save: {
    id: 'passwords.save',
    defaultMessage: 'Change the password',
  },
  cancel: {
    id: 'passwords.cancel',
    defaultMessage: 'Cancel',
  },
  saving: {
    id: 'passwords.saving',
    defaultMessage: 'Saving…',
  },
  changed: {
    id: 'passwords.changed',
    defaultMessage: 'Your password was changed.',
  },
  errorRequired: {
    id: 'passwords.errorRequired',
    defaultMessage: 'Fill in this field.',
  },
  errorTooShort: {
    id: 'passwords.errorTooShort',
    defaultMessage: 'Use at least {count} characters.',
  },
  errorMismatch: {
    id: 'passwords.errorMismatch',
    defaultMessage: 'The two passwords are not the same.',
  },
  errorSameAsOld: {
    id: 'passwords.errorSameAsOld',
    defaultMessage: 'Choose a password different from the current one.',
  },
  errorWrongPassword: {
    id: 'passwords.errorWrongPassword',
    defaultMessage: 'This is not your current password.',
  },
  errorsOnForm: {
    id: 'passwords.errorsOnForm',
    defaultMessage:
      '{count, plural, one {One field needs} other {# fields need}} your attention.',
  },
  serverError: {
    id: 'passwords.serverError',
    defaultMessage: 'The password could not be changed. Try again in a moment.',
  },
  loginFirst: {
    id: 'passwords.loginFirst',
    defaultMessage: 'Log in to change your password.',
  },
});

import { defineMessages } from 'react-intl';

export default defineMessages({
  // Captcha (the ALTCHA proof of work) and the honeypot field.
  legend: {
    id: 'captcha.legend',
    defaultMessage: 'Anti-spam check',
  },
  help: {
    id: 'captcha.help',
    defaultMessage:
      'Your browser solves a small calculation to show that you are not a robot. It takes a few seconds; there is nothing to do.',
  },
  label: {
    id: 'captcha.label',
    defaultMessage: 'I am not a robot',
  },
  loading: {
    id: 'captcha.loading',
    defaultMessage: 'Loading the anti-spam check…',
  },
  verifying: {
    id: 'captcha.verifying',
    defaultMessage: 'Checking that you are not a robot…',
  },
  verified: {
    id: 'captcha.verified',
    defaultMessage: 'Check done: you are not a robot.',
  },
  failed: {
    id: 'captcha.failed',
    defaultMessage:
      'The anti-spam check failed. Tick the box to try again, or reload the page.',
  },
  expired: {
    id: 'captcha.expired',
    defaultMessage: 'The check expired; it starts again.',
  },
  unavailable: {
    id: 'captcha.unavailable',
    defaultMessage:
      'The anti-spam check could not be loaded. Check your connection and reload the page.',
  },
  waitAlert: {
    id: 'captcha.waitAlert',
    defaultMessage: 'Checking… please wait.',
  },
  reload: {
    id: 'captcha.reload',
    defaultMessage: 'Reload',
  },
  verify: {
    id: 'captcha.verify',
    defaultMessage: 'Verify',
  },
  waitingToSend: {
    id: 'captcha.waitingToSend',
    defaultMessage:
      'Checking that you are not a robot: the form goes as soon as it is done.',
  },
  required: {
    id: 'captcha.required',
    defaultMessage:
      'The anti-spam check is not done. Tick the box “I am not a robot” to try again.',
  },
  honeypotLabel: {
    id: 'captcha.honeypotLabel',
    defaultMessage: 'Leave this field empty',
  },
});

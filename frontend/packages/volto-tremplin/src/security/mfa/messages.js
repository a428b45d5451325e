import { defineMessages } from 'react-intl';

export default defineMessages({
  menuLink: {
    id: 'mfa.menuLink',
    defaultMessage: 'Account security',
  },
  title: {
    id: 'mfa.title',
    defaultMessage: 'Account security',
  },
  intro: {
    id: 'mfa.intro',
    defaultMessage:
      'With two-step verification, logging in asks for your password and for a code that only your phone gives. Someone who learns your password still cannot enter your account.',
  },
  enrolmentRequired: {
    id: 'mfa.enrolmentRequired',
    defaultMessage:
      'Your role on Tremplin (moderation or administration) requires two-step verification. Set it up now: your other screens open as soon as it is on.',
  },
  loginFirst: {
    id: 'mfa.loginFirst',
    defaultMessage:
      'Log in to manage the two-step verification of your account.',
  },
  loading: {
    id: 'mfa.loading',
    defaultMessage: 'Loading…',
  },
  loadFailed: {
    id: 'mfa.loadFailed',
    defaultMessage:
      'Your settings could not be loaded. Reload the page to try again.',
  },
  // Overview
  stateOn: {
    id: 'mfa.stateOn',
    defaultMessage: 'Two-step verification is on.',
  },
  stateOff: {
    id: 'mfa.stateOff',
    defaultMessage: 'Two-step verification is off.',
  },
  methodsLabel: {
    id: 'mfa.methodsLabel',
    defaultMessage: 'Methods',
  },
  methodTotp: {
    id: 'mfa.methodTotp',
    defaultMessage: 'Authenticator application',
  },
  methodSms: {
    id: 'mfa.methodSms',
    defaultMessage: 'SMS to {phone}',
  },
  codesLeftLabel: {
    id: 'mfa.codesLeftLabel',
    defaultMessage: 'Recovery codes left',
  },
  codesLeft: {
    id: 'mfa.codesLeft',
    defaultMessage:
      '{count, plural, =0 {none: make new ones} one {# code} other {# codes}}',
  },
  chooseMethod: {
    id: 'mfa.chooseMethod',
    defaultMessage: 'Choose how to receive your codes',
  },
  setUpTotp: {
    id: 'mfa.setUpTotp',
    defaultMessage: 'Set up an authenticator application (recommended)',
  },
  setUpTotpHelp: {
    id: 'mfa.setUpTotpHelp',
    defaultMessage:
      'A free application on your phone (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator) shows a new code every 30 seconds, even without a network.',
  },
  setUpSms: {
    id: 'mfa.setUpSms',
    defaultMessage: 'Receive codes by SMS',
  },
  setUpSmsHelp: {
    id: 'mfa.setUpSmsHelp',
    defaultMessage:
      'Only if you have no smartphone: SMS is the least safe method (see the warning on the next screen).',
  },
  addSms: {
    id: 'mfa.addSms',
    defaultMessage: 'Also receive codes by SMS',
  },
  addTotp: {
    id: 'mfa.addTotp',
    defaultMessage: 'Set up an authenticator application',
  },
  cancel: {
    id: 'mfa.cancel',
    defaultMessage: 'Cancel',
  },
  // TOTP enrolment
  totpTitle: {
    id: 'mfa.totpTitle',
    defaultMessage: 'Set up an authenticator application',
  },
  totpStepInstall: {
    id: 'mfa.totpStepInstall',
    defaultMessage:
      'Install an authenticator application on your phone if you have none yet.',
  },
  totpStepScan: {
    id: 'mfa.totpStepScan',
    defaultMessage:
      'In the application, add an account and scan this QR code with the camera.',
  },
  qrAlt: {
    id: 'mfa.qrAlt',
    defaultMessage:
      'QR code that adds your Tremplin account to an authenticator application. If you cannot scan it, type the key given below.',
  },
  totpManual: {
    id: 'mfa.totpManual',
    defaultMessage:
      'Cannot scan? Choose “enter a key” in the application and type this key (time-based, 6 digits):',
  },
  secretLabel: {
    id: 'mfa.secretLabel',
    defaultMessage: 'Key',
  },
  totpOpenApp: {
    id: 'mfa.totpOpenApp',
    defaultMessage:
      'On this phone? Open the key in your authenticator application',
  },
  totpStepConfirm: {
    id: 'mfa.totpStepConfirm',
    defaultMessage:
      'Enter the 6-digit code the application now shows for Tremplin.',
  },
  totpPreparing: {
    id: 'mfa.totpPreparing',
    defaultMessage: 'Preparing your key…',
  },
  startFailed: {
    id: 'mfa.startFailed',
    defaultMessage: 'This step could not be prepared. Try again in a moment.',
  },
  code: {
    id: 'mfa.code',
    defaultMessage: 'Code from the application',
  },
  codeHelp: {
    id: 'mfa.codeHelp',
    defaultMessage: '6 digits, for example 123456.',
  },
  confirm: {
    id: 'mfa.confirm',
    defaultMessage: 'Turn on two-step verification',
  },
  required: {
    id: 'mfa.required',
    defaultMessage: 'Fill in this field.',
  },
  failed: {
    id: 'mfa.failed',
    defaultMessage: 'This could not be saved. Try again in a moment.',
  },
  // SMS enrolment
  smsTitle: {
    id: 'mfa.smsTitle',
    defaultMessage: 'Receive codes by SMS',
  },
  smsRiskTitle: {
    id: 'mfa.smsRiskTitle',
    defaultMessage: 'SMS is less safe than an application',
  },
  smsRisk: {
    id: 'mfa.smsRisk',
    defaultMessage:
      'Someone who takes over your phone number (by persuading your operator to move it to a new SIM card, or when a number you left is given to someone else) or who intercepts messages receives your codes. A message can also arrive late or not at all when the network is poor. Prefer an authenticator application; keep SMS for when you have no smartphone.',
  },
  phone: {
    id: 'mfa.phone',
    defaultMessage: 'Mobile phone number',
  },
  phoneHelp: {
    id: 'mfa.phoneHelp',
    defaultMessage:
      'In international format, with the country code: for example +221 77 123 45 67.',
  },
  phoneInvalid: {
    id: 'mfa.phoneInvalid',
    defaultMessage:
      'Enter the number with its country code, starting with +, for example +221 77 123 45 67.',
  },
  sendCode: {
    id: 'mfa.sendCode',
    defaultMessage: 'Send a code to this number',
  },
  smsSentTo: {
    id: 'mfa.smsSentTo',
    defaultMessage: 'A code was sent by SMS to {phone}.',
  },
  smsCode: {
    id: 'mfa.smsCode',
    defaultMessage: 'Code received by SMS',
  },
  changeNumber: {
    id: 'mfa.changeNumber',
    defaultMessage: 'Change the number',
  },
  confirmSms: {
    id: 'mfa.confirmSms',
    defaultMessage: 'Turn on codes by SMS',
  },
  // Recovery codes
  codesTitle: {
    id: 'mfa.codesTitle',
    defaultMessage: 'Save your recovery codes',
  },
  codesIntro: {
    id: 'mfa.codesIntro',
    defaultMessage:
      'If you lose your phone, each of these codes lets you log in once. They are shown only now: download them, print them or write them down, and keep them somewhere safe, away from your phone.',
  },
  codesListLabel: {
    id: 'mfa.codesListLabel',
    defaultMessage: 'Your recovery codes',
  },
  download: {
    id: 'mfa.download',
    defaultMessage: 'Download the codes (text file)',
  },
  print: {
    id: 'mfa.print',
    defaultMessage: 'Print the codes',
  },
  codesFileTitle: {
    id: 'mfa.codesFileTitle',
    defaultMessage:
      'Tremplin: recovery codes of {account}, made on {date}. Each code works once.',
  },
  codesSaved: {
    id: 'mfa.codesSaved',
    defaultMessage: 'I have saved my recovery codes',
  },
  codesNotSaved: {
    id: 'mfa.codesNotSaved',
    defaultMessage:
      'Tick the box once the codes are saved: they will not be shown again.',
  },
  continue: {
    id: 'mfa.continue',
    defaultMessage: 'Continue',
  },
  enabled: {
    id: 'mfa.enabled',
    defaultMessage: 'Two-step verification is now on.',
  },
  // Changes that need the password and a code
  renewTitle: {
    id: 'mfa.renewTitle',
    defaultMessage: 'Make new recovery codes',
  },
  renewHelp: {
    id: 'mfa.renewHelp',
    defaultMessage:
      'The codes you have now stop working. Confirm with your password and a current code.',
  },
  renew: {
    id: 'mfa.renew',
    defaultMessage: 'Make new codes',
  },
  disableTitle: {
    id: 'mfa.disableTitle',
    defaultMessage: 'Turn off two-step verification',
  },
  disableHelp: {
    id: 'mfa.disableHelp',
    defaultMessage:
      'Your account will be protected by your password alone. Confirm with your password and a current code.',
  },
  disable: {
    id: 'mfa.disable',
    defaultMessage: 'Turn off',
  },
  disabled: {
    id: 'mfa.disabled',
    defaultMessage: 'Two-step verification is now off.',
  },
  requiredByRole: {
    id: 'mfa.requiredByRole',
    defaultMessage:
      'Your role requires two-step verification: if you turn it off (for example to move it to a new phone), you must set it up again before you reach your screens.',
  },
  sendActionSms: {
    id: 'mfa.sendActionSms',
    defaultMessage: 'Send me a code by SMS',
  },
  password: {
    id: 'mfa.password',
    defaultMessage: 'Your password',
  },
  currentCode: {
    id: 'mfa.currentCode',
    defaultMessage: 'Current code (application or SMS)',
  },
});

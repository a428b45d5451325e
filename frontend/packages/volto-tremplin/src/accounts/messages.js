import { defineMessages } from 'react-intl';

export default defineMessages({
  loginRequired: {
    id: 'accounts.loginRequired',
    defaultMessage: 'Log in to continue',
  },
  membersOnly: {
    id: 'accounts.membersOnly',
    defaultMessage:
      'This page is for Tremplin members. Log in with your account to see it.',
  },
  accessDenied: {
    id: 'accounts.accessDenied',
    defaultMessage: 'Access restricted',
  },
  accessDeniedDetail: {
    id: 'accounts.accessDeniedDetail',
    defaultMessage:
      'Your account does not give access to this page. Contact the Tremplin team if you think it should.',
  },
  // Registration wizard, confirmation and resend (RegistrationWizard & co).
  registerTitle: {
    id: 'accounts.registerTitle',
    defaultMessage: 'Create an account',
  },
  registerIntro: {
    id: 'accounts.registerIntro',
    defaultMessage:
      'Tremplin is for verified companies and experts. Create your account in four steps; you will then add the documents the OIF needs to verify your profile.',
  },
  stepCount: {
    id: 'accounts.stepCount',
    defaultMessage: 'Step {number} of {count}',
  },
  progress: {
    id: 'accounts.progress',
    defaultMessage: 'Progress of the registration',
  },
  stepAccount: {
    id: 'accounts.stepAccount',
    defaultMessage: 'Your account',
  },
  stepKind: {
    id: 'accounts.stepKind',
    defaultMessage: 'Kind of profile',
  },
  stepDetails: {
    id: 'accounts.stepDetails',
    defaultMessage: 'Your profile',
  },
  stepConsents: {
    id: 'accounts.stepConsents',
    defaultMessage: 'Consents and summary',
  },
  back: {
    id: 'accounts.back',
    defaultMessage: 'Back',
  },
  next: {
    id: 'accounts.next',
    defaultMessage: 'Next',
  },
  submit: {
    id: 'accounts.submit',
    defaultMessage: 'Create my account',
  },
  submitting: {
    id: 'accounts.submitting',
    defaultMessage: 'Sending…',
  },
  allRequired: {
    id: 'accounts.allRequired',
    defaultMessage: 'Every field is required.',
  },
  fullname: {
    id: 'accounts.fullname',
    defaultMessage: 'Full name',
  },
  email: {
    id: 'accounts.email',
    defaultMessage: 'E-mail address',
  },
  emailHelp: {
    id: 'accounts.emailHelp',
    defaultMessage:
      'You will log in with this address; we send the confirmation link to it.',
  },
  password: {
    id: 'accounts.password',
    defaultMessage: 'Password',
  },
  showPassword: {
    id: 'accounts.showPassword',
    defaultMessage: 'Show password',
  },
  passwordRules: {
    id: 'accounts.passwordRules',
    defaultMessage:
      'At least {count} characters. Prefer a long sentence that only you know; avoid your name and your e-mail address.',
  },
  language: {
    id: 'accounts.language',
    defaultMessage: 'Language of the e-mails and of the interface',
  },
  languageFr: {
    id: 'accounts.languageFr',
    defaultMessage: 'Français',
  },
  languageEn: {
    id: 'accounts.languageEn',
    defaultMessage: 'English',
  },
  kindLegend: {
    id: 'accounts.kindLegend',
    defaultMessage: 'I register',
  },
  kindCompany: {
    id: 'accounts.kindCompany',
    defaultMessage: 'a company',
  },
  kindCompanyHelp: {
    id: 'accounts.kindCompanyHelp',
    defaultMessage:
      'An SME that wants to go international: your profile appears in the directory once verified.',
  },
  kindExpert: {
    id: 'accounts.kindExpert',
    defaultMessage: 'as an expert',
  },
  kindExpertHelp: {
    id: 'accounts.kindExpertHelp',
    defaultMessage:
      'A consultant or mentor who helps companies go international.',
  },
  companyTitle: {
    id: 'accounts.companyTitle',
    defaultMessage: 'Legal name of the company',
  },
  companyCountry: {
    id: 'accounts.companyCountry',
    defaultMessage: 'Country',
  },
  chooseCountry: {
    id: 'accounts.chooseCountry',
    defaultMessage: 'Choose a country',
  },
  companyRegistrationNumber: {
    id: 'accounts.companyRegistrationNumber',
    defaultMessage: 'Registration number',
  },
  companyRegistrationNumberHelp: {
    id: 'accounts.companyRegistrationNumberHelp',
    defaultMessage:
      'The number in the trade and companies register (for example RCCM).',
  },
  companyCity: {
    id: 'accounts.companyCity',
    defaultMessage: 'City',
  },
  companySectors: {
    id: 'accounts.companySectors',
    defaultMessage: 'Business sectors',
  },
  companySizeBand: {
    id: 'accounts.companySizeBand',
    defaultMessage: 'Size of the company',
  },
  companyExperienceLevel: {
    id: 'accounts.companyExperienceLevel',
    defaultMessage: 'Export experience',
  },
  expertExpertiseAreas: {
    id: 'accounts.expertExpertiseAreas',
    defaultMessage: 'Areas of expertise',
  },
  expertCountries: {
    id: 'accounts.expertCountries',
    defaultMessage: 'Countries you know well',
  },
  expertLanguages: {
    id: 'accounts.expertLanguages',
    defaultMessage: 'Working languages',
  },
  expertBio: {
    id: 'accounts.expertBio',
    defaultMessage: 'Biography',
  },
  expertBioHelp: {
    id: 'accounts.expertBioHelp',
    defaultMessage:
      'Your background and the kind of help you offer to companies.',
  },
  expertAvailability: {
    id: 'accounts.expertAvailability',
    defaultMessage: 'Availability',
  },
  filterChoices: {
    id: 'accounts.filterChoices',
    defaultMessage: 'Filter: {legend}',
  },
  filterCount: {
    id: 'accounts.filterCount',
    defaultMessage:
      '{count, plural, one {# choice shown} other {# choices shown}}',
  },
  noChoice: {
    id: 'accounts.noChoice',
    defaultMessage: 'No choice matches.',
  },
  vocabularyLoading: {
    id: 'accounts.vocabularyLoading',
    defaultMessage: 'Loading the choices…',
  },
  vocabularyError: {
    id: 'accounts.vocabularyError',
    defaultMessage:
      'The choices could not be loaded. Reload the page to try again.',
  },
  consentTerms: {
    id: 'accounts.consentTerms',
    defaultMessage: 'I accept the terms of use of Tremplin',
  },
  consentPrivacy: {
    id: 'accounts.consentPrivacy',
    defaultMessage:
      'I have read the privacy notice and agree that the OIF processes my data to run the platform',
  },
  legalNotice: {
    id: 'accounts.legalNotice',
    defaultMessage:
      'Read the legal notice and privacy notice (opens in a new tab)',
  },
  summary: {
    id: 'accounts.summary',
    defaultMessage: 'Summary',
  },
  summaryKind: {
    id: 'accounts.summaryKind',
    defaultMessage: 'Kind of profile',
  },
  errorRequired: {
    id: 'accounts.errorRequired',
    defaultMessage: 'Fill in this field.',
  },
  errorChoose: {
    id: 'accounts.errorChoose',
    defaultMessage: 'Choose at least one option.',
  },
  errorEmail: {
    id: 'accounts.errorEmail',
    defaultMessage: 'Enter an e-mail address such as name@example.org.',
  },
  errorPasswordLength: {
    id: 'accounts.errorPasswordLength',
    defaultMessage: 'The password needs at least {count} characters.',
  },
  errorConsent: {
    id: 'accounts.errorConsent',
    defaultMessage: 'Tick this box to go on.',
  },
  errorsOnStep: {
    id: 'accounts.errorsOnStep',
    defaultMessage:
      '{count, plural, one {One field needs your attention.} other {# fields need your attention.}}',
  },
  errorsFromServer: {
    id: 'accounts.errorsFromServer',
    defaultMessage:
      'Some answers were refused: check the fields marked in red.',
  },
  serverError: {
    id: 'accounts.serverError',
    defaultMessage:
      'The registration could not be sent. Try again in a few moments.',
  },
  stepAnnounce: {
    id: 'accounts.stepAnnounce',
    defaultMessage: 'Step {number} of {count}: {title}',
  },
  sentTitle: {
    id: 'accounts.sentTitle',
    defaultMessage: 'Check your mailbox',
  },
  sentDetail: {
    id: 'accounts.sentDetail',
    defaultMessage:
      'We sent a confirmation link to {email}. Open it to activate your account; it is valid until {expires}.',
  },
  sentNoMail: {
    id: 'accounts.sentNoMail',
    defaultMessage: 'No e-mail? Check your spam folder, or ask for a new one.',
  },
  resend: {
    id: 'accounts.resend',
    defaultMessage: 'Send the e-mail again',
  },
  resendEmail: {
    id: 'accounts.resendEmail',
    defaultMessage: 'Your e-mail address',
  },
  resendTitle: {
    id: 'accounts.resendTitle',
    defaultMessage: 'Ask for a new confirmation e-mail',
  },
  resent: {
    id: 'accounts.resent',
    defaultMessage:
      'If an account is waiting for confirmation at this address, a new e-mail is on its way.',
  },
  resendTooSoon: {
    id: 'accounts.resendTooSoon',
    defaultMessage:
      'An e-mail was sent a moment ago. Wait {wait} before asking again.',
  },
  resendTooSoonNoDelay: {
    id: 'accounts.resendTooSoonNoDelay',
    defaultMessage:
      'An e-mail was sent a moment ago. Wait a little before asking again.',
  },
  waitSeconds: {
    id: 'accounts.waitSeconds',
    defaultMessage: '{count, plural, one {# second} other {# seconds}}',
  },
  waitMinutes: {
    id: 'accounts.waitMinutes',
    defaultMessage: '{count, plural, one {# minute} other {# minutes}}',
  },
  confirmTitle: {
    id: 'accounts.confirmTitle',
    defaultMessage: 'Confirm your e-mail address',
  },
  confirming: {
    id: 'accounts.confirming',
    defaultMessage: 'Confirming your address…',
  },
  confirmedTitle: {
    id: 'accounts.confirmedTitle',
    defaultMessage: 'Your account is active',
  },
  confirmedDetail: {
    id: 'accounts.confirmedDetail',
    defaultMessage:
      'Your address {login} is confirmed. Log in to complete your profile and send the documents the OIF needs to verify it.',
  },
  logIn: {
    id: 'accounts.logIn',
    defaultMessage: 'Log in',
  },
  confirmFailedTitle: {
    id: 'accounts.confirmFailedTitle',
    defaultMessage: 'This link cannot be used',
  },
  confirmFailedDetail: {
    id: 'accounts.confirmFailedDetail',
    defaultMessage: 'Ask for a new confirmation e-mail below.',
  },
  noToken: {
    id: 'accounts.noToken',
    defaultMessage:
      'The link has no confirmation code. Open the link of the e-mail again, or ask for a new e-mail.',
  },
  createProfileTitle: {
    id: 'accounts.createProfileTitle',
    defaultMessage: 'Create my profile',
  },
  createProfileIntro: {
    id: 'accounts.createProfileIntro',
    defaultMessage:
      'Your account has no profile yet. Describe your company or your expertise: the OIF team checks it before other members see it.',
  },
  createProfileSubmit: {
    id: 'accounts.createProfileSubmit',
    defaultMessage: 'Create my profile',
  },
  createProfileExists: {
    id: 'accounts.createProfileExists',
    defaultMessage: 'You already have a profile.',
  },
  createProfileOpen: {
    id: 'accounts.createProfileOpen',
    defaultMessage: 'Open my profile: {title}',
  },
  createProfileTeam: {
    id: 'accounts.createProfileTeam',
    defaultMessage:
      'Members of the OIF team work without a profile of their own.',
  },
  createProfileSignIn: {
    id: 'accounts.createProfileSignIn',
    defaultMessage: 'Sign in to create your profile.',
  },
  createProfileLanguage: {
    id: 'accounts.createProfileLanguage',
    defaultMessage: 'Language of the profile',
  },
  createProfileCreated: {
    id: 'accounts.createProfileCreated',
    defaultMessage:
      'Your profile is created. Complete it, then submit it for verification.',
  },
  profileInvitation: {
    id: 'accounts.profileInvitation',
    defaultMessage:
      'Your account has no profile yet: other members cannot find you, and you cannot see the directory.',
  },
  profileInvitationLink: {
    id: 'accounts.profileInvitationLink',
    defaultMessage: 'Create my profile',
  },
});

import { defineMessages } from 'react-intl';

export default defineMessages({
  siteName: {
    id: 'identity.siteName',
    defaultMessage: 'Tremplin',
  },
  tagline: {
    id: 'identity.tagline',
    defaultMessage:
      'The OIF platform for the international growth of francophone SMEs',
  },
  logIn: {
    id: 'identity.logIn',
    defaultMessage: 'Log in',
  },
  register: {
    id: 'identity.register',
    defaultMessage: 'Register',
  },
  publisher: {
    id: 'identity.publisher',
    defaultMessage:
      'Tremplin is an initiative of the International Organisation of La Francophonie (OIF).',
  },
  footerNavigation: {
    id: 'identity.footerNavigation',
    defaultMessage: 'About this site',
  },
});

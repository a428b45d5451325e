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
});

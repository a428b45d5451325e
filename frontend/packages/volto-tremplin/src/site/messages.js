import { defineMessages } from 'react-intl';

export default defineMessages({
  backHome: {
    id: 'site.backHome',
    defaultMessage: 'Back to the home page',
  },
  notFound: {
    id: 'site.notFound',
    defaultMessage: 'Page not found',
  },
  notFoundDetail: {
    id: 'site.notFoundDetail',
    defaultMessage:
      'The page you asked for does not exist or has moved. Check its address, or start again from the home page.',
  },
  forbidden: {
    id: 'site.forbidden',
    defaultMessage: 'Access forbidden',
  },
  forbiddenDetail: {
    id: 'site.forbiddenDetail',
    defaultMessage:
      'Your account does not allow this. Contact the Tremplin team if you think it should.',
  },
  timeout: {
    id: 'site.timeout',
    defaultMessage: 'The server took too long to answer',
  },
  timeoutDetail: {
    id: 'site.timeoutDetail',
    defaultMessage: 'Try again in a few moments.',
  },
  serverError: {
    id: 'site.serverError',
    defaultMessage: 'Something went wrong',
  },
  serverErrorDetail: {
    id: 'site.serverErrorDetail',
    defaultMessage:
      'The server could not answer. Try again in a few moments; if it goes on, contact the Tremplin team.',
  },
});

/**
 * Requests of the registration. The services live on the site root and
 * answer anonymous visitors; dispatch() resolves to the JSON body, or
 * rejects with the request's error (status, response.body, headers).
 */
import {
  CONFIRM_REGISTRATION,
  GET_REGISTRATION_VOCABULARY,
  REGISTER_ACCOUNT,
  RESEND_REGISTRATION,
} from './constants';

/** POST @tremplin-registration (see registrationPayload). */
export function registerAccount(data) {
  return {
    type: REGISTER_ACCOUNT,
    request: { op: 'post', path: '/@tremplin-registration', data },
  };
}

/** POST @tremplin-registration-confirm with the token of the mail's link. */
export function confirmRegistration(token) {
  return {
    type: CONFIRM_REGISTRATION,
    request: {
      op: 'post',
      path: '/@tremplin-registration-confirm',
      data: { token },
    },
  };
}

/** POST @tremplin-registration-resend: a new confirmation mail. */
export function resendRegistration(email) {
  return {
    type: RESEND_REGISTRATION,
    request: {
      op: 'post',
      path: '/@tremplin-registration-resend',
      data: { email },
    },
  };
}

/**
 * Every term of a vocabulary, asked in a language root so that the titles
 * come in that language.
 */
export function getRegistrationVocabulary(name, language) {
  return {
    type: GET_REGISTRATION_VOCABULARY,
    vocabulary: name,
    language,
    request: {
      op: 'get',
      path: `/${language}/@vocabularies/${name}?b_size=-1`,
    },
  };
}

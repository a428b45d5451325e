/**
 * Requests of the registration. The services live on the site root and
 * answer anonymous visitors; dispatch() resolves to the JSON body, or
 * rejects with the request's error (status, response.body, headers).
 */
import {
  CONFIRM_REGISTRATION,
  CREATE_MY_PROFILE,
  GET_MY_PROFILE,
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

/** GET @tremplin-my-profile: the profiles she owns, and whether to invite her to create one. */
export function getMyProfile() {
  return {
    type: GET_MY_PROFILE,
    request: { op: 'get', path: '/@tremplin-my-profile' },
  };
}

/** POST @tremplin-my-profile: her draft profile, for a member who has none. */
export function createMyProfile(data) {
  return {
    type: CREATE_MY_PROFILE,
    request: { op: 'post', path: '/@tremplin-my-profile', data },
  };
}

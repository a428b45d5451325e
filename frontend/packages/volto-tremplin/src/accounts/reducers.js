import {
  CREATE_MY_PROFILE,
  GET_MY_PROFILE,
  GET_REGISTRATION_VOCABULARY,
} from './constants';

/** The key of a vocabulary in the state: its name in one language. */
export const vocabularyKey = (name, language) => `${language}:${name}`;

/**
 * The choices of the registration form: {"fr:<name>": {items: [{token,
 * title}], loading, error}}.
 */
export function registrationVocabularies(state = {}, action = {}) {
  const key = vocabularyKey(action.vocabulary, action.language);
  switch (action.type) {
    case `${GET_REGISTRATION_VOCABULARY}_PENDING`:
      return {
        ...state,
        [key]: { items: state[key]?.items || [], loading: true, error: null },
      };
    case `${GET_REGISTRATION_VOCABULARY}_SUCCESS`:
      return {
        ...state,
        [key]: {
          items: (action.result?.items || []).map(({ token, title }) => ({
            token,
            title,
          })),
          loading: false,
          error: null,
        },
      };
    case `${GET_REGISTRATION_VOCABULARY}_FAIL`:
      return {
        ...state,
        [key]: { items: [], loading: false, error: true },
      };
    default:
      return state;
  }
}

/**
 * The signed-in member's own profiles ({items, may_create}), asked once per
 * session; creating one or signing out (the token changes) clears it.
 */
export function myProfile(state = { loaded: false }, action = {}) {
  switch (action.type) {
    case `${GET_MY_PROFILE}_SUCCESS`:
      return { loaded: true, ...action.result };
    case `${GET_MY_PROFILE}_FAIL`:
      return { loaded: true, items: [], may_create: false };
    case `${CREATE_MY_PROFILE}_SUCCESS`:
      return { loaded: true, items: [action.result], may_create: false };
    case 'LOGIN_SUCCESS':
    case 'LOGOUT_SUCCESS':
      return { loaded: false };
    default:
      return state;
  }
}

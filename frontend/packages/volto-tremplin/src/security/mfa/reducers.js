import { LOGOUT } from '@plone/volto/constants/ActionTypes';
import { LOGIN_WITH_CODE, LOGIN_WITH_PASSWORD } from '../login/constants';
import {
  CONFIRM_SMS,
  CONFIRM_TOTP,
  ENROLMENT_REQUIRED,
  GET_MFA_STATUS,
  MFA_REQUIRED,
} from './constants';

/** The `type` of a failed request's JSON body (plone.rest puts it on top). */
export function errorTypeOf(error) {
  const body = error?.response?.body;
  return body?.type ?? body?.error?.type ?? null;
}

const statusInitial = {
  data: null,
  loading: false,
  loaded: false,
  error: null,
};

/** The signed-in user's two-step verification settings (GET @tremplin-mfa). */
export function mfaStatus(state = statusInitial, action = {}) {
  switch (action.type) {
    case `${GET_MFA_STATUS}_PENDING`:
      return { ...state, loading: true, error: null };
    case `${GET_MFA_STATUS}_SUCCESS`:
      return { data: action.result, loading: false, loaded: true, error: null };
    case `${GET_MFA_STATUS}_FAIL`:
      return { ...state, loading: false, error: action.error ?? true };
    case `${LOGOUT}_SUCCESS`:
    case `${LOGOUT}_FAIL`:
      return statusInitial;
    default:
      return state;
  }
}

const wallInitial = { required: false, reauthenticate: false };
// Enrolled, signed in with the second factor, or signed out: no wall.
const RESETS = [
  `${CONFIRM_TOTP}_SUCCESS`,
  `${CONFIRM_SMS}_SUCCESS`,
  `${LOGIN_WITH_CODE}_SUCCESS`,
  `${LOGOUT}_SUCCESS`,
  `${LOGOUT}_FAIL`,
];

/**
 * Whether the server keeps the user out until she enrols (`required`: the
 * login said so, or a request was refused with 403 MFAEnrolmentRequired),
 * and whether her session predates her second factor (`reauthenticate`: a
 * 401 MFARequired). MfaEnrolmentGuard acts on it. Every action passes here,
 * so a refusal met during server-side rendering reaches the browser too.
 */
export function mfaEnrolment(state = wallInitial, action = {}) {
  const { type = '' } = action;
  if (type === `${LOGIN_WITH_PASSWORD}_SUCCESS`) {
    return {
      required: Boolean(
        action.result?.token && action.result?.mfa_enrolment_required,
      ),
      reauthenticate: false,
    };
  }
  if (type === `${GET_MFA_STATUS}_SUCCESS`) {
    const required = Boolean(
      action.result?.required && !action.result?.enabled,
    );
    return required === state.required ? state : { ...state, required };
  }
  if (RESETS.includes(type)) {
    return wallInitial;
  }
  if (type.endsWith('_FAIL')) {
    const errorType = errorTypeOf(action.error);
    if (errorType === ENROLMENT_REQUIRED && !state.required) {
      return { ...state, required: true };
    }
    if (errorType === MFA_REQUIRED && !state.reauthenticate) {
      return { ...state, reauthenticate: true };
    }
  }
  return state;
}

import { LOGOUT } from '@plone/volto/constants/ActionTypes';
import { LIST_AUTH_OPTIONS } from '@plone-collective/volto-authomatic/src/constants/ActionTypes';
import { GET_EXTERNAL_IDENTITIES } from './constants';

const optionsInitial = { providers: [], loading: false, loaded: false };

/**
 * The external providers one may sign in with: the `authomatic` options of
 * GET @login. Ours rather than the add-on's `authOptions` reducer, which
 * keeps every plugin's options and throws on a failure without a response
 * (network down): here a failure just means no buttons.
 */
export function externalLoginOptions(state = optionsInitial, action = {}) {
  switch (action.type) {
    case `${LIST_AUTH_OPTIONS}_PENDING`:
      return { ...state, loading: true };
    case `${LIST_AUTH_OPTIONS}_SUCCESS`:
      return {
        providers: (action.result?.options ?? [])
          .filter((option) => option?.plugin === 'authomatic' && option.id)
          .map(({ id, title }) => ({ id, title: title || id })),
        loading: false,
        loaded: true,
      };
    case `${LIST_AUTH_OPTIONS}_FAIL`:
      return { providers: [], loading: false, loaded: true };
    default:
      return state;
  }
}

const identitiesInitial = {
  items: [],
  providers: [],
  loading: false,
  loaded: false,
  error: null,
};

/** The signed-in member's linked identities (GET @tremplin-external-identities). */
export function externalIdentities(state = identitiesInitial, action = {}) {
  switch (action.type) {
    case `${GET_EXTERNAL_IDENTITIES}_PENDING`:
      return { ...state, loading: true, error: null };
    case `${GET_EXTERNAL_IDENTITIES}_SUCCESS`:
      return {
        items: action.result?.items ?? [],
        providers: action.result?.providers ?? [],
        loading: false,
        loaded: true,
        error: null,
      };
    case `${GET_EXTERNAL_IDENTITIES}_FAIL`:
      return { ...state, loading: false, error: action.error ?? true };
    case `${LOGOUT}_SUCCESS`:
    case `${LOGOUT}_FAIL`:
      return identitiesInitial;
    default:
      return state;
  }
}

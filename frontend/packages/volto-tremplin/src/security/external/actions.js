/**
 * Requests of the external login. dispatch() resolves to the JSON body, or
 * rejects with the request's error (status, response.body).
 *
 * The first two come from @plone-collective/volto-authomatic as they are;
 * the answer to the provider's redirect does not, see
 * completeExternalLogin.
 */
import config from '@plone/volto/registry';
import { authomaticRedirect } from '@plone-collective/volto-authomatic/src/actions/auth/authomatic';
import { listAuthOptions } from '@plone-collective/volto-authomatic/src/actions/auth/authOptions';
import {
  COMPLETE_EXTERNAL_LOGIN,
  GET_EXTERNAL_IDENTITIES,
  UNLINK_EXTERNAL_IDENTITY,
} from './constants';

/** GET @login: {options: [{id, plugin, title}]}, the ways to sign in. */
export const listLoginOptions = listAuthOptions;

/**
 * GET @login-authomatic/<provider>?publicUrl=: {next_url, session}, where
 * to send the browser and authomatic's signed state to bring back.
 */
export const startExternalLogin = authomaticRedirect;

/**
 * POST @login-authomatic/<provider> with what the provider sent back: the
 * body of the add-on's `authomaticLogin`, under our own action type. The
 * add-on dispatches Volto's LOGIN, whose reducer takes `result.token` as
 * the session: an answer without one (a second factor to give, an identity
 * linked to the signed-in member) or a refusal would end her session.
 */
export function completeExternalLogin(provider, query, session) {
  return {
    type: COMPLETE_EXTERNAL_LOGIN,
    request: {
      op: 'post',
      path: `/@login-authomatic/${encodeURIComponent(provider)}`,
      data: { qs: query, session, publicUrl: config.settings.publicURL },
    },
  };
}

/** GET @tremplin-external-identities: {items, providers} of her account. */
export function getExternalIdentities() {
  return {
    type: GET_EXTERNAL_IDENTITIES,
    request: { op: 'get', path: '/@tremplin-external-identities' },
  };
}

/** DELETE @tremplin-external-identities/<provider>: 204. */
export function unlinkExternalIdentity(provider) {
  return {
    type: UNLINK_EXTERNAL_IDENTITY,
    request: {
      op: 'del',
      path: `/@tremplin-external-identities/${encodeURIComponent(provider)}`,
    },
  };
}

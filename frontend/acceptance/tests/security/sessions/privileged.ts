import { expect, type APIRequestContext } from '@playwright/test';
import { BACKEND_URL, DEMO_PASSWORD } from '../../../helpers/env';
import { inFreshContext } from '../../../helpers/mfa';
import { totpCode } from '../../../helpers/totp';

/**
 * The authenticator keys of the demo moderator and administrator, who must
 * use a second factor (backend/src/oif/tremplin/demo/demo.yaml; development
 * only, like the demo password).
 */
const DEMO_TOTP_SECRETS: Record<string, string> = {
  moderateur: 'MODERATEURDEMOTREMPLINTWENTYSIXA',
  administrateur: 'ADMINISTRATEURDEMOTREMPLINTWENTY',
};

async function postJson(
  context: APIRequestContext,
  path: string,
  data: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const response = await context.post(`${BACKEND_URL}/${path}`, {
    headers: { Accept: 'application/json' },
    data,
  });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return response.json();
}

/**
 * A token of a demo moderator's or administrator's session, signed in with
 * the password then the authenticator's code, through the REST API as an
 * integrator would. Uses the server's real clock (call it before moving
 * it) and a request context of its own: @login also sets Plone's `__ac`
 * cookie, which the server refuses for an account with a second factor.
 */
export function privilegedToken(username: string): Promise<string> {
  return inFreshContext(async (context) => {
    const first = await postJson(context, '@login', {
      login: username,
      password: DEMO_PASSWORD,
    });
    if (first.token && !first.mfa_required) {
      return first.token as string;
    }
    const { token } = await postJson(context, '@tremplin-login-code', {
      challenge: first.challenge,
      code: totpCode(DEMO_TOTP_SECRETS[username]),
    });
    return token as string;
  });
}

import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_PASSWORD, FRONTEND_URL } from './env';
import { signInToken } from './mfa';

/**
 * A JWT for `username`, from the REST API's @login. Moderators and
 * administrators must use a second factor (issue 7): theirs comes from the
 * RobotRemote keyword mfa_token once @login accepted the password (see
 * helpers/mfa.ts). No session cookie is left in `request`.
 */
export function apiToken(
  request: APIRequestContext,
  username: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  return signInToken(request, username, password);
}

/**
 * Logs `username` in through the REST API and hands Volto the token as its
 * `auth_token` cookie, as a browser login would.
 */
export async function loginAs(
  page: Page,
  username: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  const token = await apiToken(page.request, username, password);
  await page
    .context()
    .addCookies([{ name: 'auth_token', value: token, url: FRONTEND_URL }]);
}

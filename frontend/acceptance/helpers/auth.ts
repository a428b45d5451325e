import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { BACKEND_URL, DEMO_PASSWORD, FRONTEND_URL } from './env';

/** A JWT for `username`, from the REST API's @login. */
export async function apiToken(
  request: APIRequestContext,
  username: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const response = await request.post(`${BACKEND_URL}/@login`, {
    headers: { Accept: 'application/json' },
    data: { login: username, password },
  });
  expect(response.ok(), `@login as ${username}`).toBeTruthy();
  return (await response.json()).token;
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

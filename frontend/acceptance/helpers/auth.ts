import { expect, type Page } from '@playwright/test';
import { BACKEND_URL, DEMO_PASSWORD, FRONTEND_URL } from './env';

/**
 * Logs `username` in through the REST API and hands Volto the token as its
 * `auth_token` cookie, as a browser login would.
 */
export async function loginAs(
  page: Page,
  username: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  const response = await page.request.post(`${BACKEND_URL}/@login`, {
    headers: { Accept: 'application/json' },
    data: { login: username, password },
  });
  expect(response.ok(), `@login as ${username}`).toBeTruthy();
  const { token } = await response.json();
  await page
    .context()
    .addCookies([{ name: 'auth_token', value: token, url: FRONTEND_URL }]);
}

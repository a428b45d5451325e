import { expect, type APIRequestContext } from '@playwright/test';
import { apiToken } from './auth';
import { BACKEND_URL } from './env';

/**
 * Fires the workflow transition `transition` on the content at `path`
 * (e.g. '/fr/entreprises/edunova-maroc') through the REST API, as
 * `username`.
 */
export async function fireTransition(
  request: APIRequestContext,
  path: string,
  transition: string,
  username: string,
): Promise<void> {
  const token = await apiToken(request, username);
  const response = await request.post(
    `${BACKEND_URL}${path}/@workflow/${transition}`,
    {
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
      data: {},
    },
  );
  expect(
    response.ok(),
    `${transition} on ${path} as ${username}: ${await response.text()}`,
  ).toBeTruthy();
}

import { expect, type APIRequestContext } from '@playwright/test';
import { apiToken } from './auth';
import { BACKEND_URL, DEMO_ADMINISTRATOR, DEMO_PASSWORD } from './env';

/**
 * Creates, as the demo administrator, a member with no Tremplin role: a
 * Guest (signed in, not verified). Returns her user id.
 */
export async function createGuest(
  request: APIRequestContext,
  username = 'invitee',
  fullname = 'Inès INVITÉE',
): Promise<string> {
  const token = await apiToken(request, DEMO_ADMINISTRATOR);
  const response = await request.post(`${BACKEND_URL}/@users`, {
    headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
    data: {
      username,
      fullname,
      email: `${username}@demo.tremplin.test`,
      password: DEMO_PASSWORD,
    },
  });
  expect(response.ok(), `create ${username}: ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()).id;
}

import { expectNoA11yViolations } from '../../../helpers/a11y';
import { loginAs } from '../../../helpers/auth';
import {
  BACKEND_URL,
  DEMO_COMPANY_ENGLISH_PATH,
  DEMO_MEMBER,
} from '../../../helpers/env';
import { expect, test } from '../../../helpers/fixtures';
import {
  SessionClocks,
  cookieNames,
  sessionRequest,
  setIdleTimeout,
} from './session-clock';
import type { APIRequestContext, Page } from '@playwright/test';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** The site's idle timeout as installed (ISecuritySettings). */
const IDLE_MINUTES = 30;

// The English pages: the French texts come with the locales (lead's sync).
const COMPANY = DEMO_COMPANY_ENGLISH_PATH;

/** What the API answers a token: 200, or 401 once its session ended. */
async function tokenStatus(
  request: APIRequestContext,
  token: string,
): Promise<number> {
  const response = await request.get(`${BACKEND_URL}/@users/${DEMO_MEMBER}`, {
    headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
  });
  return response.status();
}

/**
 * Awa signs in and opens her company page with a fake browser clock;
 * resolves to her token and the monitor's first reading of the session.
 */
async function openCompanyPage(page: Page, clocks: SessionClocks) {
  await clocks.install();
  await loginAs(page, DEMO_MEMBER);
  const token = (await page.context().cookies()).find(
    ({ name }) => name === 'auth_token',
  )!.value;
  const firstRead = sessionRequest(page, 'GET');
  await page.goto(COMPANY);
  const read = await firstRead;
  return { token, read, session: await (await read.response())!.json() };
}

const warningDialog = (page: Page) =>
  page.getByRole('alertdialog', { name: 'Are you still there?' });

test.describe('idle logout', () => {
  // Minutes pass without waiting: the browser's and the server's clocks
  // are moved together (session-clock.ts).

  test('warns a minute before, keeps her on request, then signs her out and says why', async ({
    page,
  }, testInfo) => {
    const clocks = new SessionClocks(page);
    const { token, read, session } = await openCompanyPage(page, clocks);
    // The monitor asks in the background: asking is not activity.
    expect(read.headers()['x-tremplin-background']).toBe('1');
    expect(session).toMatchObject({ idle_timeout: IDLE_MINUTES * 60 });

    // A minute before the idle timeout: the warning, its focus on staying.
    await clocks.pass((IDLE_MINUTES - 1) * MINUTE + SECOND);
    const dialog = warningDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(
      `you will be signed out after ${IDLE_MINUTES} minutes without activity`,
    );
    await expect(dialog.getByRole('timer')).toContainText(/Signing out in \d+/);
    const stay = dialog.getByRole('button', { name: 'Stay signed in' });
    await expect(stay).toBeFocused();
    await expectNoA11yViolations(page, testInfo);

    // She stays: a keep-alive of her own, without the background header.
    const keepAlive = sessionRequest(page, 'POST');
    await page.keyboard.press('Enter');
    expect((await keepAlive).headers()['x-tremplin-background']).toBe(
      undefined,
    );
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(COMPANY);
    expect(await tokenStatus(page.request, token)).toBe(200);

    // Idle again: warned again, then signed out at the deadline.
    await clocks.pass((IDLE_MINUTES - 1) * MINUTE + SECOND);
    await expect(dialog).toBeVisible();
    await clocks.pass(MINUTE + SECOND);

    await expect(page).toHaveURL(
      new RegExp(
        `/en/login\\?reason=idle&minutes=${IDLE_MINUTES}&return_url=${encodeURIComponent(COMPANY)}$`,
      ),
    );
    await expect(
      page.getByRole('status').filter({
        hasText: `You were signed out after ${IDLE_MINUTES} minutes of inactivity.`,
      }),
    ).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect.poll(cookieNames(page)).not.toContain('auth_token');
    // The server ended the session: its token opens nothing any more.
    expect(await tokenStatus(page.request, token)).toBe(401);
  });

  test('an active member is never warned', async ({ page }) => {
    const clocks = new SessionClocks(page);
    await openCompanyPage(page, clocks);

    // She reads for twice the idle timeout, pressing a key now and then.
    for (let round = 0; round < 3; round += 1) {
      const keepAlive = sessionRequest(page, 'POST');
      await page.keyboard.press('PageDown');
      // Sent at once, or when a minute has passed since the last one.
      await clocks.pass(MINUTE);
      expect((await keepAlive).headers()['x-tremplin-background']).toBe(
        undefined,
      );
      await clocks.pass(19 * MINUTE);
    }

    await expect(warningDialog(page)).toHaveCount(0);
    await expect(page).toHaveURL(COMPANY);
    // Still signed in: the server renders her next page with her toolbar.
    await page.goto(COMPANY);
    await expect(page.locator('#toolbar')).toBeVisible();
  });

  test('a request the server refuses as SessionExpired signs her out and says why', async ({
    page,
  }) => {
    const clocks = new SessionClocks(page);
    const { token } = await openCompanyPage(page, clocks);

    // Her session idles out on the server while this tab does not know.
    await clocks.passOnServer((IDLE_MINUTES + 1) * MINUTE);
    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Home' })
      .click();

    await expect(page).toHaveURL(/\/en\/login\?reason=expired(&|$)/);
    await expect(
      page.getByRole('status').filter({
        hasText: 'Your session has ended. Sign in again to continue.',
      }),
    ).toBeVisible();
    await expect.poll(cookieNames(page)).not.toContain('auth_token');
    expect(await tokenStatus(page.request, token)).toBe(401);
  });

  test('the idle timeout an administrator sets is the one members get', async ({
    page,
  }) => {
    // The schema's minimum.
    await setIdleTimeout(2);
    const clocks = new SessionClocks(page);
    const { session } = await openCompanyPage(page, clocks);
    expect(session).toMatchObject({ idle_timeout: 120 });

    await clocks.pass(MINUTE + SECOND);
    await expect(warningDialog(page)).toContainText(
      'you will be signed out after 2 minutes without activity',
    );
    await clocks.pass(MINUTE + SECOND);
    await expect(page).toHaveURL(/\/en\/login\?reason=idle&minutes=2&/);
  });
});

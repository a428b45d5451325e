import { expectNoA11yViolations } from '../../helpers/a11y';
import { expect, test } from '../../helpers/fixtures';
import { tabTo } from '../../helpers/keyboard';
import {
  NARROW_VIEWPORT,
  expectNoHorizontalScrolling,
} from '../../helpers/reflow';
import type { Page } from '@playwright/test';

const BAD_LINK = '/en/register/confirm?token=not-a-real-token';

/** Opens a confirmation link the backend refuses; waits for its answer. */
async function openBadLink(page: Page) {
  const answered = page.waitForResponse((response) =>
    response.url().endsWith('/@tremplin-registration-confirm'),
  );
  await page.goto(BAD_LINK);
  expect((await answered).status()).toBe(400);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'This link cannot be used',
  );
}

test.describe('confirmation page', () => {
  test('says why a bad link cannot be used and offers a new mail', async ({
    page,
  }) => {
    await openBadLink(page);

    // The backend's translated reason, not a generic failure.
    await expect(page.getByRole('status').first()).not.toBeEmpty();
    await expect(
      page.locator('#page-registration').getByRole('link', { name: 'Log in' }),
    ).toHaveCount(0);

    const email = page.getByLabel('Your e-mail address');
    await tabTo(page, email);
    await page.keyboard.type('nobody@example.test');
    await page.keyboard.press('Enter');
    // The same answer for unknown addresses: nothing is given away.
    await expect(page.getByRole('status').last()).toHaveText(
      'If an account is waiting for confirmation at this address, a new e-mail is on its way.',
    );
  });

  test('is not spent by the server-side render', async ({ request }) => {
    // The HTML of the page comes without asking the backend to confirm.
    const response = await request.get(BAD_LINK);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Confirming your address');
  });

  test('fits a 320 px wide screen', async ({ page }) => {
    await page.setViewportSize(NARROW_VIEWPORT);
    await openBadLink(page);
    await expectNoHorizontalScrolling(page);
  });

  test(
    'has no accessibility violation',
    { tag: '@a11y' },
    async ({ page }, testInfo) => {
      await openBadLink(page);
      await expectNoA11yViolations(page, testInfo);
    },
  );
});

import { expectNoA11yViolations } from '../../helpers/a11y';
import { loginAs } from '../../helpers/auth';
import {
  DEMO_COMPANY_ENGLISH_PATH,
  DEMO_MEMBER,
  OTHER_MEMBER,
} from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';
import {
  NARROW_VIEWPORT,
  expectNoHorizontalScrolling,
} from '../../helpers/reflow';
import type { Page } from '@playwright/test';

// In English: the French texts of the panel come with the translations.
const fileOf = (page: Page) =>
  page.getByRole('region', { name: 'Verification file' });

test.describe('verification file on the profile', () => {
  test('the owner sees her state and the documents to add', async ({
    page,
  }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(DEMO_COMPANY_ENGLISH_PATH);

    const file = fileOf(page);
    await expect(file).toContainText('State of your profile');
    await expect(file).toContainText('verified');
    await expect(file.getByText('(missing)')).toHaveCount(4);
    // The demo company is verified: the badge says so, with the date.
    await expect(page.getByText(/^✓ Verified profile, on /)).toBeVisible();

    await file.getByRole('link', { name: 'Add Proof of address' }).click();
    await expect(page).toHaveURL(/\/add\?type=VerificationDocument$/);
    await expect(page.getByRole('textbox', { name: /^Title/ })).toHaveValue(
      'Proof of address',
    );
    // The kind is chosen already (react-select shows it as text).
    await expect(
      page.locator('#field-document_kind').locator('..').locator('..'),
    ).toContainText('Proof of address');
  });

  test('other members see the badge, not the file', async ({ page }) => {
    await loginAs(page, OTHER_MEMBER);
    await page.goto(DEMO_COMPANY_ENGLISH_PATH);

    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/^✓ Verified profile, on /)).toBeVisible();
    await expect(fileOf(page)).toHaveCount(0);
  });

  test('fits a 320 px wide screen', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.setViewportSize(NARROW_VIEWPORT);
    await page.goto(DEMO_COMPANY_ENGLISH_PATH);
    await expect(fileOf(page)).toBeVisible();

    await expectNoHorizontalScrolling(page);
  });

  test(
    'has no accessibility violation',
    { tag: '@a11y' },
    async ({ page }, testInfo) => {
      await loginAs(page, DEMO_MEMBER);
      await page.goto(DEMO_COMPANY_ENGLISH_PATH);
      await expect(fileOf(page)).toBeVisible();
      await expectNoA11yViolations(page, testInfo);
    },
  );
});

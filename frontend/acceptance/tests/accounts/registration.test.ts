import { expectNoA11yViolations } from '../../helpers/a11y';
import { expectCaptchaSolved } from '../../helpers/captcha';
import { expect, test } from '../../helpers/fixtures';
import { expectActiveElement, tabTo } from '../../helpers/keyboard';
import {
  NARROW_VIEWPORT,
  expectNoHorizontalScrolling,
} from '../../helpers/reflow';
import type { Page, TestInfo } from '@playwright/test';

// In English: the French texts of the wizard come with the translations.
const REGISTER_PATH = '/en/register';
const TAKEN_EMAIL = 'awa.ndiaye@demo.tremplin.test';

const stepHeading = (page: Page) =>
  page.getByRole('heading', { level: 2, name: /^Step \d of 4/ });

/** Tabs to `name`'s control and types `text`, as a keyboard user does. */
async function typeInto(page: Page, label: string, text: string) {
  await tabTo(page, page.getByLabel(label, { exact: true }));
  await page.keyboard.type(text);
}

/** Tabs to a radio button or checkbox and ticks it with the space bar. */
async function tick(page: Page, role: 'radio' | 'checkbox', name: string) {
  const control = page.getByRole(role, { name, exact: true });
  await tabTo(page, control);
  await page.keyboard.press('Space');
  await expect(control).toBeChecked();
}

async function pressNext(page: Page, name = 'Next') {
  await tabTo(page, page.getByRole('button', { name }));
  await page.keyboard.press('Enter');
}

/** Fills the four steps with the keyboard; stays on the consents step. */
async function fillEveryStep(
  page: Page,
  { email = 'aminata.diallo@example.test', check = async () => {} } = {},
) {
  await expect(stepHeading(page)).toContainText('Step 1 of 4');
  await check();
  await typeInto(page, 'Full name', 'Aminata Diallo');
  await typeInto(page, 'E-mail address', email);
  await typeInto(page, 'Password', 'Sahel-2026-mangues');
  await pressNext(page);

  await expect(stepHeading(page)).toContainText('Step 2 of 4 Kind of profile');
  await expect(stepHeading(page)).toBeFocused();
  await check();
  await tick(page, 'radio', 'a company');
  await pressNext(page);

  await expect(stepHeading(page)).toContainText('Step 3 of 4');
  // The choices come from the backend's vocabularies.
  await expect(page.getByRole('checkbox', { name: 'Agrifood' })).toBeVisible();
  await check();
  await typeInto(page, 'Legal name of the company', 'Saveurs du Sahel');
  const country = page.getByRole('combobox', { name: 'Country' });
  await tabTo(page, country);
  await page.keyboard.type('Senegal');
  await expect(country).toHaveValue('SN');
  await typeInto(page, 'Registration number', 'SN-DKR-2026-B-4242');
  await typeInto(page, 'City', 'Dakar');
  await tick(page, 'checkbox', 'Agrifood');
  await tick(page, 'radio', 'Micro-enterprise (1 to 9 employees)');
  await tick(page, 'radio', 'First-time exporter');
  await pressNext(page);

  await expect(stepHeading(page)).toContainText('Step 4 of 4');
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText(
    'Saveurs du Sahel',
  );
  await tick(page, 'checkbox', 'I accept the terms of use of Tremplin');
  await tick(
    page,
    'checkbox',
    'I have read the privacy notice and agree that the OIF processes my data to run the platform',
  );
  // The anti-spam check solves itself in the browser: wait for its tick.
  await expectCaptchaSolved(page);
  await check();
}

test.describe('registration wizard', () => {
  test('a company registers with the keyboard only', async ({ page }) => {
    await page.goto(REGISTER_PATH);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Create an account' }),
    ).toBeVisible();
    const progress = page.getByRole('navigation', {
      name: 'Progress of the registration',
    });
    await expect(progress.locator('[aria-current="step"]')).toHaveText(
      '1Your account',
    );

    // Nothing filled in: the step stays, its first field says why.
    await pressNext(page);
    const fullname = page.getByLabel('Full name', { exact: true });
    await expect(fullname).toBeFocused();
    await expect(fullname).toHaveAttribute('aria-invalid', 'true');
    await expect(fullname).toHaveAccessibleDescription('Fill in this field.');
    await expect(page.getByRole('status').first()).toHaveText(
      '3 fields need your attention.',
    );

    await fillEveryStep(page);
    await expect(progress.locator('[aria-current="step"]')).toHaveText(
      '4Consents and summary',
    );
    const sent = page.waitForResponse(
      (response) =>
        response.url().endsWith('/@tremplin-registration') &&
        response.request().method() === 'POST',
    );
    await pressNext(page, 'Create my account');
    expect((await sent).status()).toBe(201);

    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Check your mailbox');
    await expectActiveElement(heading);
    await expect(page.getByText('aminata.diallo@example.test')).toBeVisible();

    // Asking again at once is refused with the wait.
    await tabTo(
      page,
      page.getByRole('button', { name: 'Send the e-mail again' }),
    );
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText(
      /a new e-mail is on its way|Wait \d+ (seconds?|minutes?) before asking again/,
    );
  });

  test('a refused answer brings the visitor back to its step', async ({
    page,
  }) => {
    await page.goto(REGISTER_PATH);
    await fillEveryStep(page, { email: TAKEN_EMAIL });
    await pressNext(page, 'Create my account');

    await expect(stepHeading(page)).toContainText('Step 1 of 4');
    const email = page.getByLabel('E-mail address', { exact: true });
    await expectActiveElement(email);
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/already uses this e-mail/);
    await expect(page.getByRole('status').first()).toContainText(
      'Some answers were refused',
    );
  });

  test('fits a 320 px wide screen at every step', async ({ page }) => {
    await page.setViewportSize(NARROW_VIEWPORT);
    await page.goto(REGISTER_PATH);
    await fillEveryStep(page, {
      check: () => expectNoHorizontalScrolling(page),
    });
  });

  test(
    'has no accessibility violation at any step',
    { tag: '@a11y' },
    async ({ page }, testInfo: TestInfo) => {
      await page.goto(REGISTER_PATH);
      await pressNext(page);
      await expect(page.getByLabel('Full name', { exact: true })).toBeFocused();
      // With the errors shown, then at every step.
      await expectNoA11yViolations(page, testInfo);
      await fillEveryStep(page, {
        check: () => expectNoA11yViolations(page, testInfo),
      });
      await pressNext(page, 'Create my account');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Check your mailbox',
      );
      await expectNoA11yViolations(page, testInfo);
    },
  );
});

import { expectNoA11yViolations } from '../../helpers/a11y';
import { DEMO_MEMBER, DEMO_PASSWORD } from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';
import type { Page } from '@playwright/test';

/** Polls the names of the browser's cookies. */
const cookieNames = (page: Page) => async () =>
  (await page.context().cookies()).map(({ name }) => name);

// The one spec that logs in through the form: the form is what it tests.
test.describe('login form', () => {
  test('a demo member logs in and out', async ({ page }) => {
    await page.goto('/fr');
    await page
      .getByRole('banner')
      .getByRole('link', { name: 'Se connecter' })
      .click();
    await expect(page).toHaveURL(/\/login/);

    await page.getByLabel('Identifiant').fill(DEMO_MEMBER);
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();

    await expect(page.locator('#toolbar')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Se connecter' })).toHaveCount(
      0,
    );
    await expect.poll(cookieNames(page)).toContain('auth_token');

    await page.goto('/logout');

    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Se connecter' }),
    ).toBeVisible();
    await expect.poll(cookieNames(page)).not.toContain('auth_token');
  });

  test('refuses a wrong password', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Identifiant').fill(DEMO_MEMBER);
    await page.getByLabel('Mot de passe').fill('not-the-password');
    await page.getByRole('button', { name: 'Se connecter' }).click();

    // Said under the form (role="alert"), tied to both fields.
    await expect(
      page.getByRole('alert').filter({ hasText: 'Échec de la connexion' }),
    ).toBeVisible();
    await expect(page.getByLabel('Mot de passe')).toHaveValue('');
    await expect(page).toHaveURL(/\/login/);
    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Se connecter' }),
    ).toBeVisible();
  });

  test(
    'login page has no accessibility violation',
    {
      tag: '@a11y',
    },
    async ({ page }, testInfo) => {
      await page.goto('/login');
      await expect(page.getByLabel('Identifiant')).toBeVisible();
      await expectNoA11yViolations(page, testInfo);
    },
  );
});

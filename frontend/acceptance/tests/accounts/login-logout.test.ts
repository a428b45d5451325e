import { expectNoA11yViolations } from '../../helpers/a11y';
import { DEMO_MEMBER, DEMO_PASSWORD } from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';

// The one spec that logs in through the form: the form is what it tests.
test.describe('login form', () => {
  test('a demo member logs in and out', async ({ page }) => {
    await page.goto('/fr');
    await page
      .getByRole('banner')
      .getByRole('link', { name: 'Se connecter' })
      .click();
    await expect(page).toHaveURL(/\/login/);

    await page.locator('input#login').fill(DEMO_MEMBER);
    await page.locator('input#password').fill(DEMO_PASSWORD);
    await page.locator('#login-form-submit').click();

    await expect(page.locator('#toolbar')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Se connecter' })).toHaveCount(
      0,
    );
    const cookies = await page.context().cookies();
    expect(cookies.map(({ name }) => name)).toContain('auth_token');

    await page.goto('/logout');

    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Se connecter' }),
    ).toBeVisible();
    const after = await page.context().cookies();
    expect(after.map(({ name }) => name)).not.toContain('auth_token');
  });

  test('refuses a wrong password', async ({ page }) => {
    await page.goto('/login');
    await page.locator('input#login').fill(DEMO_MEMBER);
    await page.locator('input#password').fill('not-the-password');
    await page.locator('#login-form-submit').click();

    // Volto says so in a toast (role="alert").
    await expect(
      page.getByRole('alert').filter({ hasText: 'Echec de la connexion' }),
    ).toBeVisible();
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
      await expect(page.locator('input#login')).toBeVisible();
      await expectNoA11yViolations(page, testInfo);
    },
  );
});

import { expectNoA11yViolations } from '../../helpers/a11y';
import { expect, test } from '../../helpers/fixtures';

const FRENCH_TAGLINE =
  "La plateforme de l'OIF pour l'international des PME francophones";
const ENGLISH_TAGLINE =
  'The OIF platform for the international growth of francophone SMEs';

test.describe('home page', () => {
  test('speaks French by default', async ({ page }) => {
    await page.goto('/');

    await expect(page).toHaveURL(/\/fr\/?$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('banner')).toContainText(FRENCH_TAGLINE);
    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Se connecter' }),
    ).toBeVisible();
  });

  test('switches to English with the keyboard', async ({ page }) => {
    await page.goto('/fr');

    const english = page
      .locator('.language-selector')
      .getByRole('link', { name: /english/i });
    await english.focus();
    await expect(english).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/en\/?$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('banner')).toContainText(ENGLISH_TAGLINE);
    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Log in' }),
    ).toBeVisible();
  });

  test(
    'has no accessibility violation, in French and English',
    {
      tag: '@a11y',
    },
    async ({ page }, testInfo) => {
      for (const path of ['/fr', '/en']) {
        await page.goto(path);
        await expect(page.getByRole('banner')).toBeVisible();
        await expectNoA11yViolations(page, testInfo);
      }
    },
  );
});

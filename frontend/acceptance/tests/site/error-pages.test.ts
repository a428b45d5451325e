import { expectNoA11yViolations } from '../../helpers/a11y';
import { expect, test } from '../../helpers/fixtures';

const NOT_FOUND = [
  {
    language: 'fr',
    path: '/fr/page-disparue',
    title: 'Page introuvable',
    home: 'Retour à la page d’accueil',
  },
  {
    language: 'en',
    path: '/en/missing-page',
    title: 'Page not found',
    home: 'Back to the home page',
  },
];

test.describe('404 page', () => {
  for (const { language, path, title, home } of NOT_FOUND) {
    test(`is titled in its language and leads home (${language})`, async ({
      page,
    }) => {
      const response = await page.goto(path);

      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page).toHaveTitle(title);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

      await page.getByRole('main').getByRole('link', { name: home }).click();
      await expect(page).toHaveURL(new RegExp(`/${language}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Tremplin',
      );
    });
  }

  test(
    'has no accessibility violation, in French and English',
    {
      tag: '@a11y',
    },
    async ({ page }, testInfo) => {
      for (const { path, title } of NOT_FOUND) {
        await page.goto(path);
        await expect(page).toHaveTitle(title);
        await expectNoA11yViolations(page, testInfo);
      }
    },
  );
});

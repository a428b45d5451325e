import { expectNoA11yViolations } from '../../helpers/a11y';
import { expect, test } from '../../helpers/fixtures';
import { tabTo } from '../../helpers/keyboard';
import {
  NARROW_VIEWPORT,
  expectNoHorizontalScrolling,
} from '../../helpers/reflow';

const HOMES = [
  { path: '/fr', name: 'Créer un compte', offer: 'Ce que Tremplin vous offre' },
  { path: '/en', name: 'Create an account', offer: 'What Tremplin offers' },
];

test.describe('home page call to action', () => {
  for (const { path, name, offer } of HOMES) {
    test(`${path} says what Tremplin offers and leads to the registration`, async ({
      page,
    }) => {
      await page.goto(path);
      const main = page.locator('#page-document');
      await expect(main.getByRole('heading', { name: offer })).toBeVisible();
      const cta = main.getByRole('link', { name }).first();
      await expect(cta).toBeVisible();

      await tabTo(page, cta);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${path}/register$`));
      await expect(page.locator('.registration-progress li')).toHaveCount(4);
    });
  }

  test('fits 320 px and 1920 px wide screens', async ({ page }) => {
    for (const viewport of [NARROW_VIEWPORT, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(viewport);
      for (const { path, name } of HOMES) {
        await page.goto(path);
        await expect(
          page.locator('#page-document').getByRole('link', { name }).first(),
        ).toBeVisible();
        await expectNoHorizontalScrolling(page);
      }
    }
  });

  test(
    'has no accessibility violation with the call to action',
    { tag: '@a11y' },
    async ({ page }, testInfo) => {
      for (const { path, name } of HOMES) {
        await page.goto(path);
        const cta = page.locator('#page-document').getByRole('link', { name });
        await cta.first().focus();
        await expectNoA11yViolations(page, testInfo);
      }
    },
  );
});

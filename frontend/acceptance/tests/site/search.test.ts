import { expectNoA11yViolations } from '../../helpers/a11y';
import { loginAs } from '../../helpers/auth';
import { DEMO_MEMBER } from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';

const SEARCH_PATH = '/fr/search?SearchableText=mangue';

test.describe('search page', () => {
  test('finds the demo company for a member', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(SEARCH_PATH);

    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'mangue',
    );
    await expect(
      page
        .getByRole('main')
        .getByRole('link', { name: 'Délices Tropicaux du Sénégal' }),
    ).toBeVisible();
  });

  test('shows anonymous visitors no members-only company', async ({ page }) => {
    await page.goto(SEARCH_PATH);

    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'mangue',
    );
    await expect(
      page.getByRole('link', { name: 'Délices Tropicaux du Sénégal' }),
    ).toHaveCount(0);
  });

  test(
    'has no accessibility violation, anonymous or logged in',
    {
      tag: '@a11y',
    },
    async ({ page }, testInfo) => {
      await page.goto(SEARCH_PATH);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoA11yViolations(page, testInfo);

      await loginAs(page, DEMO_MEMBER);
      await page.goto(SEARCH_PATH);
      await expect(
        page
          .getByRole('main')
          .getByRole('link', { name: 'Délices Tropicaux du Sénégal' }),
      ).toBeVisible();
      await expectNoA11yViolations(page, testInfo);
    },
  );
});

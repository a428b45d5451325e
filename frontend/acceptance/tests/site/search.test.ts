import { expectNoA11yViolations } from '../../helpers/a11y';
import { loginAs } from '../../helpers/auth';
import { DEMO_COMPANY_PATH, DEMO_MEMBER } from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';

const SEARCH_PATH = '/fr/search?SearchableText=mangue';
const COMPANY = 'Délices Tropicaux du Sénégal';

const COMPANIES_GROUP = /^Entreprises \(\d+ résultats?\)$/;
const COUNT = /^\d+ résultats? pour « mangue »$/;
const NO_RESULT = 'Aucun résultat pour « mangue »';

test.describe('search page', () => {
  test('a member finds the demo company from the header, under Entreprises', async ({
    page,
  }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(DEMO_COMPANY_PATH);

    // The header's field, from a page deep inside a folder, with the keyboard.
    const field = page.getByRole('banner').getByRole('searchbox');
    await field.fill('mangue');
    await field.press('Enter');

    await expect(page).toHaveURL(SEARCH_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'mangue',
    );
    await expect(page.getByRole('status')).toHaveText(COUNT);
    const companies = page.getByRole('region', { name: COMPANIES_GROUP });
    await expect(companies.getByRole('heading', { level: 2 })).toHaveText(
      COMPANIES_GROUP,
    );
    await expect(
      companies.getByRole('link', { name: COMPANY }),
    ).toHaveAttribute('href', DEMO_COMPANY_PATH);

    // The page's own form searches again, in the same language root.
    const pageField = page.getByRole('main').getByRole('searchbox');
    await expect(pageField).toHaveValue('mangue');
    await pageField.fill('introuvablezzz');
    await pageField.press('Enter');
    await expect(page).toHaveURL('/fr/search?SearchableText=introuvablezzz');
    await expect(page.getByRole('status')).toContainText('introuvablezzz');
    await expect(
      page.getByRole('region', { name: COMPANIES_GROUP }),
    ).toHaveCount(0);
  });

  test('shows anonymous visitors no members-only company', async ({ page }) => {
    await page.goto(SEARCH_PATH);

    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'mangue',
    );
    await expect(page.getByRole('status')).toHaveText(NO_RESULT);
    await expect(
      page.getByRole('region', { name: COMPANIES_GROUP }),
    ).toHaveCount(0);
    await expect(page.getByRole('link', { name: COMPANY })).toHaveCount(0);
  });

  test(
    'has no accessibility violation, anonymous or logged in',
    {
      tag: '@a11y',
    },
    async ({ page }, testInfo) => {
      await page.goto(SEARCH_PATH);
      await expect(page.getByRole('status')).toHaveText(NO_RESULT);
      await expectNoA11yViolations(page, testInfo);

      await loginAs(page, DEMO_MEMBER);
      await page.goto(SEARCH_PATH);
      await expect(
        page.getByRole('main').getByRole('link', { name: COMPANY }),
      ).toBeVisible();
      await expectNoA11yViolations(page, testInfo);
    },
  );
});

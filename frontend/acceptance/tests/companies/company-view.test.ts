import { expectNoA11yViolations } from '../../helpers/a11y';
import { loginAs } from '../../helpers/auth';
import {
  DEMO_COMPANY_ENGLISH_PATH,
  DEMO_COMPANY_PATH,
  DEMO_MEMBER,
} from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';
import type { Page } from '@playwright/test';

/** The <dd> that follows the <dt> labelled `label`. */
const valueOf = (page: Page, label: string) =>
  page
    .locator('.company-field', {
      has: page.locator('dt', { hasText: label }),
    })
    .locator('dd');

test.describe('company page', () => {
  test('shows a demo member the company and its fields', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(DEMO_COMPANY_PATH);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Délices Tropicaux du Sénégal',
    );
    await expect(valueOf(page, 'Pays')).toHaveText('Sénégal');
    await expect(valueOf(page, 'Ville')).toHaveText('Dakar');
    await expect(valueOf(page, "Secteurs d'activité")).toHaveText(
      'Agroalimentaire',
    );
    await expect(valueOf(page, "Numéro d'immatriculation")).toHaveText(
      'SN-DKR-2014-B-10234',
    );
    // The missions table is named by its heading.
    await expect(
      page
        .getByRole('table', { name: 'Missions suivies' })
        .getByRole('row', { name: /2024/ }),
    ).toContainText('Canada');
  });

  test('asks anonymous visitors to log in', async ({ page }) => {
    const response = await page.goto(DEMO_COMPANY_PATH);

    expect(response?.status()).toBe(401);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Connectez-vous pour continuer',
    );
    await expect(page).toHaveTitle('Connectez-vous pour continuer');
    await expect(page.getByLabel('Identifiant')).toBeVisible();
    await expect(page.getByLabel('Mot de passe')).toBeVisible();
    await expect(page.getByText('Délices Tropicaux du Sénégal')).toHaveCount(0);
  });

  test(
    'has no accessibility violation, for visitors and members, in French and English',
    {
      tag: '@a11y',
    },
    async ({ page }, testInfo) => {
      await page.goto(DEMO_COMPANY_PATH);
      await expect(page.getByLabel('Identifiant')).toBeVisible();
      await expectNoA11yViolations(page, testInfo);

      await loginAs(page, DEMO_MEMBER);
      await page.goto(DEMO_COMPANY_PATH);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoA11yViolations(page, testInfo);

      await page.goto(DEMO_COMPANY_ENGLISH_PATH);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(
        page.getByRole('heading', { name: 'Company identity' }),
      ).toBeVisible();
      await expectNoA11yViolations(page, testInfo);
    },
  );
});

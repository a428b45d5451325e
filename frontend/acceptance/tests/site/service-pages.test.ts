import { expectNoA11yViolations } from '../../helpers/a11y';
import { expect, test } from '../../helpers/fixtures';
import type { Page } from '@playwright/test';

/** The footer's links: text and address, in order. */
async function footerLinks(page: Page, navigation: string) {
  const nav = page
    .getByRole('contentinfo')
    .getByRole('navigation', { name: navigation });
  await expect(nav.getByRole('link')).not.toHaveCount(0);
  return nav
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => [link.textContent, link.getAttribute('href')]),
    );
}

const SERVICE_PAGES = [
  '/fr/mentions-legales',
  '/fr/accessibilite',
  '/en/legal-notice',
  '/en/accessibility',
];

test.describe('service pages', () => {
  test('the footer links the site actions of each language', async ({
    page,
  }) => {
    await page.goto('/fr');
    expect(await footerLinks(page, 'À propos du site')).toEqual([
      ['Mentions légales', '/fr/mentions-legales'],
      ['Accessibilité', '/fr/accessibilite'],
      ['Contact', '/fr/contact-form'],
    ]);

    await page.goto('/en');
    expect(await footerLinks(page, 'About this site')).toEqual([
      ['Legal notice', '/en/legal-notice'],
      ['Accessibility', '/en/accessibility'],
      ['Contact', '/en/contact-form'],
    ]);
  });

  test('the footer leads to the legal notice', async ({ page }) => {
    await page.goto('/fr');

    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: 'Mentions légales' })
      .click();

    await expect(page).toHaveURL(/\/fr\/mentions-legales$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Mentions légales',
    );
  });

  test('error pages have the footer links too', async ({ page }) => {
    await page.goto('/en/missing-page');

    expect(await footerLinks(page, 'About this site')).toContainEqual([
      'Accessibility',
      '/en/accessibility',
    ]);
  });

  test(
    'have no accessibility violation',
    {
      tag: '@a11y',
    },
    async ({ page }, testInfo) => {
      for (const path of SERVICE_PAGES) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoA11yViolations(page, testInfo);
      }
    },
  );
});

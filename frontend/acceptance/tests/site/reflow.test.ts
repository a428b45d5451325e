import { loginAs } from '../../helpers/auth';
import { DEMO_COMPANY_PATH, DEMO_MEMBER } from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';
import {
  NARROW_VIEWPORT,
  expectNoHorizontalScrolling,
} from '../../helpers/reflow';
import type { Page } from '@playwright/test';

/**
 * Every page type at 320 × 640 (WCAG 1.4.10, spec ET02): each is checked
 * once the part of it that shows last is on screen. The logged-in 401 page
 * is checked in accounts/access-restricted.test.ts.
 */
const PAGES: {
  name: string;
  path: string;
  asMember?: boolean;
  shown: (page: Page) => ReturnType<Page['getByRole']>;
}[] = [
  {
    name: 'French home',
    path: '/fr',
    shown: (page) =>
      page.getByRole('heading', { name: 'Tremplin', exact: true }),
  },
  {
    name: 'English home',
    path: '/en',
    shown: (page) =>
      page.getByRole('heading', { name: 'Tremplin', exact: true }),
  },
  {
    name: 'login',
    path: '/login',
    shown: (page) => page.getByRole('button', { name: /connecter/i }),
  },
  {
    name: 'company page',
    path: DEMO_COMPANY_PATH,
    asMember: true,
    shown: (page) => page.getByRole('table', { name: 'Missions suivies' }),
  },
  {
    name: 'company edit form',
    path: `${DEMO_COMPANY_PATH}/edit`,
    asMember: true,
    shown: (page) => page.getByRole('tab', { name: 'Activité' }),
  },
  {
    name: 'search',
    path: '/fr/search?SearchableText=mangue',
    asMember: true,
    shown: (page) =>
      page
        .getByRole('main')
        .getByRole('link', { name: 'Délices Tropicaux du Sénégal' }),
  },
  {
    name: 'legal notice',
    path: '/fr/mentions-legales',
    shown: (page) => page.getByRole('heading', { name: 'Mentions légales' }),
  },
  {
    name: '404',
    path: '/fr/page-disparue',
    shown: (page) => page.getByRole('heading', { name: 'Page introuvable' }),
  },
  {
    name: '401 (login form in place)',
    path: DEMO_COMPANY_PATH,
    shown: (page) =>
      page.getByRole('heading', { name: 'Connectez-vous pour continuer' }),
  },
];

test.describe('pages at 320 px', () => {
  test.use({ viewport: NARROW_VIEWPORT });

  for (const { name, path, asMember, shown } of PAGES) {
    test(`${name} fits without horizontal scrolling`, async ({ page }) => {
      if (asMember) {
        await loginAs(page, DEMO_MEMBER);
      }
      await page.goto(path);
      await expect(shown(page)).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeVisible();

      await expectNoHorizontalScrolling(page);
    });
  }

  test('the edit form’s row widgets fit too', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(`${DEMO_COMPANY_PATH}/edit`);
    const tab = page.getByRole('tab', { name: 'Activité' });
    await tab.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('button', { name: 'Descendre le produit 1' }),
    ).toBeVisible();

    await expectNoHorizontalScrolling(page);
  });
});

import { apiToken, loginAs } from '../../../helpers/auth';
import {
  BACKEND_URL,
  DEMO_COMPANY_ENGLISH_PATH,
  DEMO_COMPANY_PATH,
  DEMO_MEMBER,
  DEMO_MODERATOR,
  FRONTEND_URL,
} from '../../../helpers/env';
import { expect, test } from '../../../helpers/fixtures';
import { privilegedToken } from '../sessions/privileged';
import { expectNothingRan, watchForScripts } from './watch';
import type { Page } from '@playwright/test';

/**
 * What a malicious representative types into her company's fields (spec
 * §4.2.6, ET08): each would set window.__xss or open a dialog if it ran.
 */
const PAYLOADS = {
  presentation: `<script>window.__xss = 'presentation'; alert('presentation')</script>`,
  city: `<img src=x onerror="window.__xss='city';alert('city')">`,
  goals: `<svg onload="window.__xss='goals'"><script>alert('goals')</script></svg>`,
  product: `"><script>window.__xss='product'</script><p x="`,
  productDescription: `<a href="javascript:window.__xss='link';alert('link')">Voir</a>`,
  mission: `<iframe srcdoc="<script>parent.__xss='mission'</script>"></iframe>`,
  destination: `'--><script>alert('destination')</script>`,
  // eslint-disable-next-line no-script-url -- the payload under test
  javascriptUrl: `javascript:window.__xss='website';alert('website')`,
  // A valid address whose query string tries to leave the href attribute.
  website: `https://delices.example/?q="><script>window.__xss='website'</script>`,
};

/** The <dd> that follows the <dt> labelled `label` on the company page. */
const valueOf = (page: Page, label: string) =>
  page
    .locator('.profile-field', { has: page.locator('dt', { hasText: label }) })
    .locator('dd');

/** Opens a tab of Volto's edit form with the keyboard. */
async function openFormTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name });
  await tab.focus();
  await page.keyboard.press('Enter');
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** Saves the edit form; resolves to the PATCH's status (204: saved). */
async function save(page: Page): Promise<number> {
  const patch = page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' &&
      response.url().endsWith(DEMO_COMPANY_PATH),
  );
  await page.getByRole('button', { name: 'Sauvegarder' }).click();
  return (await patch).status();
}

/** The payloads, every one shown as the text it is. */
async function expectPayloadsAsText(page: Page): Promise<void> {
  await expect(valueOf(page, 'Ville')).toHaveText(PAYLOADS.city);
  await expect(page.getByText(PAYLOADS.presentation)).toBeVisible();
  await expect(page.getByText(PAYLOADS.goals)).toBeVisible();
  const products = page.getByRole('region', { name: 'Produits et services' });
  await expect(
    products.getByRole('heading', { name: PAYLOADS.product }),
  ).toBeVisible();
  await expect(products.getByText(PAYLOADS.productDescription)).toBeVisible();
  await expect(
    page.getByRole('cell', { name: PAYLOADS.mission, exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('cell', { name: PAYLOADS.destination, exact: true }),
  ).toBeVisible();
  // The website link: the address, its quotes and brackets percent-encoded.
  const address = new URL(PAYLOADS.website).href;
  await expect(page.getByRole('link', { name: address })).toHaveAttribute(
    'href',
    address,
  );
}

test.describe('XSS payloads in a company profile', () => {
  test('a javascript: website is refused by the API too, and nothing is saved', async ({
    request,
  }) => {
    const token = await apiToken(request, DEMO_MEMBER);
    const headers = {
      Accept: 'application/json',
      Authorization: `Bearer ${token}`,
    };
    const response = await request.patch(`${BACKEND_URL}${DEMO_COMPANY_PATH}`, {
      headers,
      data: { website: PAYLOADS.javascriptUrl, city: PAYLOADS.city },
    });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain('website');
    const company = await request.get(`${BACKEND_URL}${DEMO_COMPANY_PATH}`, {
      headers,
    });
    expect(await company.json()).toMatchObject({
      city: 'Dakar',
      website: 'https://delices-tropicaux.example.org',
    });
  });

  test('are saved, then shown as text to their author and to a moderator', async ({
    page,
    browser,
  }) => {
    const dialogs = await watchForScripts(page);
    await loginAs(page, DEMO_MEMBER);
    await page.goto(`${DEMO_COMPANY_PATH}/edit`);

    await page
      .getByRole('textbox', { name: /^Présentation/ })
      .fill(PAYLOADS.presentation);
    await page.getByRole('textbox', { name: /^Ville/ }).fill(PAYLOADS.city);
    const website = page.getByRole('textbox', { name: /^Site web/ });
    await website.fill(PAYLOADS.javascriptUrl);

    await openFormTab(page, 'Activité');
    const product = page
      .getByRole('group', { name: 'Produits et services' })
      .getByRole('group', { name: 'Produit 1' });
    await product
      .getByRole('textbox', { name: 'Produit ou service' })
      .fill(PAYLOADS.product);
    await product
      .getByRole('textbox', { name: 'Description' })
      .fill(PAYLOADS.productDescription);

    await openFormTab(page, 'International');
    await page
      .getByRole('textbox', { name: /^Objectifs d'internationalisation/ })
      .fill(PAYLOADS.goals);
    const mission = page.getByRole('group', { name: 'Mission 1' });
    await mission
      .getByRole('textbox', { name: 'Mission', exact: true })
      .fill(PAYLOADS.mission);
    await mission
      .getByRole('textbox', { name: 'Destination' })
      .fill(PAYLOADS.destination);

    // A javascript: address is refused before anything is sent…
    await page.getByRole('button', { name: 'Sauvegarder' }).click();
    await openFormTab(page, 'Général');
    await expect(
      page.locator('#page-edit').getByText('Le champ doit être une URL valide'),
    ).toBeVisible();
    await expect(page).toHaveURL(`${DEMO_COMPANY_PATH}/edit`);
    await website.fill(PAYLOADS.website);
    expect(await save(page)).toBe(204);
    await expect(page).toHaveURL(DEMO_COMPANY_PATH);

    // Shown to her right after saving (rendered in the browser)…
    await expectPayloadsAsText(page);
    await expectNothingRan(page, dialogs);
    // …and when the page comes from the server (rendered by Volto's SSR).
    await page.reload();
    await expectPayloadsAsText(page);
    await expectNothingRan(page, dialogs);
    // The English page shares the language-independent fields.
    await page.goto(DEMO_COMPANY_ENGLISH_PATH);
    await expect(valueOf(page, 'City')).toHaveText(PAYLOADS.city);
    await expectNothingRan(page, dialogs);

    // A moderator reviews the profile.
    const moderatorContext = await browser.newContext();
    const moderatorPage = await moderatorContext.newPage();
    const moderatorDialogs = await watchForScripts(moderatorPage);
    const token = await privilegedToken(DEMO_MODERATOR);
    await moderatorContext.addCookies([
      { name: 'auth_token', value: token, url: FRONTEND_URL },
    ]);
    await moderatorPage.goto(DEMO_COMPANY_PATH);
    await expectPayloadsAsText(moderatorPage);
    await expectNothingRan(moderatorPage, moderatorDialogs);
    await moderatorContext.close();
  });
});

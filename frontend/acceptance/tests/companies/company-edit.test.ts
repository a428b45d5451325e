import { expectNoA11yViolations } from '../../helpers/a11y';
import { loginAs } from '../../helpers/auth';
import {
  DEMO_COMPANY_ENGLISH_PATH,
  DEMO_COMPANY_PATH,
  DEMO_MEMBER,
  OTHER_MEMBER,
} from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';
import { tabTo } from '../../helpers/keyboard';
import type { Locator, Page } from '@playwright/test';

const EDIT_PATH = `${DEMO_COMPANY_PATH}/edit`;

const MANGO = {
  name: 'Mangue séchée',
  description: 'Mangue Kent séchée au soleil, sans sucre ajouté.',
};
const BISSAP = {
  name: 'Jus de bissap',
  description: "Jus d'hibiscus pasteurisé en bouteille de 75 cl.",
};

/** The <dd> that follows the <dt> labelled `label` on the company page. */
const valueOf = (page: Page, label: string) =>
  page
    .locator('.profile-field', {
      has: page.locator('dt', { hasText: label }),
    })
    .locator('dd');

/** The toolbar's edit link (Volto's Toolbar, labelled "Modifier"). */
const editLink = (page: Page) =>
  page.getByRole('link', { name: 'Modifier', exact: true });

/** The product rows' group in the edit form. */
const productRows = (page: Page) =>
  page.getByRole('group', { name: 'Produits et services' });

/** The product names, in the order of the rows. */
const productNames = (products: Locator) =>
  products
    .getByRole('textbox', { name: 'Produit ou service' })
    .evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );

/** Opens a tab of Volto's edit form with the keyboard. */
async function openFormTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name });
  await tab.focus();
  await page.keyboard.press('Enter');
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/**
 * Saves the edit form; resolves to the JSON body of the PATCH it sends,
 * once the backend has accepted it and the company page is back.
 */
async function save(page: Page): Promise<Record<string, unknown>> {
  const patch = page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' &&
      response.url().endsWith(DEMO_COMPANY_PATH),
  );
  await page.getByRole('button', { name: 'Sauvegarder' }).click();
  const response = await patch;
  expect(response.ok(), `PATCH answered ${response.status()}`).toBeTruthy();
  await expect(page).toHaveURL(DEMO_COMPANY_PATH);
  return response.request().postDataJSON();
}

test.describe('company edit form', () => {
  test('lets the owner change the city and add a product', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(DEMO_COMPANY_PATH);
    await editLink(page).click();
    await expect(page).toHaveURL(EDIT_PATH);

    await page.getByRole('textbox', { name: /^Ville/ }).fill('Thiès');
    await openFormTab(page, 'Activité');
    await page.getByRole('button', { name: 'Ajouter un produit' }).click();
    // The focus goes to the new row's first field.
    const added = productRows(page).getByRole('group', { name: 'Produit 3' });
    await expect(
      added.getByRole('textbox', { name: 'Produit ou service' }),
    ).toBeFocused();
    await page.keyboard.type('Confiture de mangue');
    const body = await save(page);

    expect(body.city).toBe('Thiès');
    expect(body.products).toEqual([
      MANGO,
      BISSAP,
      { name: 'Confiture de mangue' },
    ]);
    await expect(valueOf(page, 'Ville')).toHaveText('Thiès');
    await expect(
      page
        .getByRole('region', { name: 'Produits et services' })
        .getByRole('heading', { name: 'Confiture de mangue' }),
    ).toBeVisible();

    // The city is language independent: the translation has it too.
    await page.goto(DEMO_COMPANY_ENGLISH_PATH);
    await expect(valueOf(page, 'City')).toHaveText('Thiès');
  });

  test('gives a product its HS code, shown on the page', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(EDIT_PATH);
    await openFormTab(page, 'Activité');
    const first = productRows(page).getByRole('group', { name: 'Produit 1' });
    const code = first.getByRole('textbox', { name: /HS code|Code SH/ });

    await code.fill('080450');
    const body = await save(page);

    expect((body.products as Record<string, unknown>[])[0]).toEqual({
      ...MANGO,
      hs_code: '080450',
    });
    await expect(
      page.getByRole('region', { name: 'Produits et services' }),
    ).toContainText('080450');
  });

  test('refuses a wrong HS code and saves nothing', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(EDIT_PATH);
    await openFormTab(page, 'Activité');
    const first = productRows(page).getByRole('group', { name: 'Produit 1' });
    await first
      .getByRole('textbox', { name: /HS code|Code SH/ })
      .fill('0804.50');

    const patch = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        response.url().endsWith(DEMO_COMPANY_PATH),
    );
    await page.getByRole('button', { name: 'Sauvegarder' }).click();
    expect((await patch).status()).toBe(400);
    await expect(page).toHaveURL(EDIT_PATH);
    // The server's message is tied to the product rows.
    await expect(productRows(page)).toHaveAccessibleDescription(/2, 4, 6, 8/);
  });

  test('sends mission years as numbers', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(EDIT_PATH);

    await openFormTab(page, 'International');
    await page.getByRole('button', { name: 'Ajouter une mission' }).click();
    const added = page.getByRole('group', { name: 'Mission 4' });
    await added.getByRole('spinbutton', { name: 'Année' }).fill('2025');
    await added
      .getByRole('textbox', { name: 'Mission', exact: true })
      .fill('Salon international de Montréal');
    await added.getByRole('textbox', { name: 'Destination' }).fill('Canada');
    const body = await save(page);

    const missions = body.missions as Record<string, unknown>[];
    expect(missions).toHaveLength(4);
    expect(missions.at(-1)).toEqual({
      year: 2025,
      name: 'Salon international de Montréal',
      destination: 'Canada',
    });
    for (const { year } of missions) {
      expect(typeof year).toBe('number');
    }
    await expect(
      page.getByRole('row', { name: /2025.*Salon international de Montréal/ }),
    ).toBeVisible();
  });

  test('reaches the form tabs with the keyboard', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(EDIT_PATH);
    const city = page.getByRole('textbox', { name: /^Ville/ });
    await city.focus();

    const activity = page.getByRole('tab', { name: 'Activité' });
    await tabTo(page, activity, { backwards: true });
    await page.keyboard.press('Enter');

    await expect(activity).toHaveAttribute('aria-selected', 'true');
    await expect(productRows(page)).toBeVisible();
    await expect(city).toBeHidden();
  });

  test('reorders product rows with the keyboard only', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(EDIT_PATH);
    await openFormTab(page, 'Activité');
    const products = productRows(page);
    await expect
      .poll(() => productNames(products))
      .toEqual([MANGO.name, BISSAP.name]);

    // The first row cannot go up: its "up" button is disabled and skipped.
    await tabTo(
      page,
      products.getByRole('button', { name: 'Descendre le produit 1' }),
    );
    await page.keyboard.press('Enter');

    await expect
      .poll(() => productNames(products))
      .toEqual([BISSAP.name, MANGO.name]);
    await expect(products.getByRole('status')).toHaveText(
      '« Mangue séchée » est maintenant en position 2 sur 2',
    );
    // At the bottom the row cannot go further down: the focus stays on it,
    // on its other arrow.
    await expect(
      products.getByRole('button', { name: 'Monter le produit 2' }),
    ).toBeFocused();

    const body = await save(page);
    expect(body.products).toEqual([BISSAP, MANGO]);
    await expect(
      page
        .getByRole('region', { name: 'Produits et services' })
        .getByRole('heading', { level: 3 }),
    ).toHaveText([BISSAP.name, MANGO.name]);
  });

  test('removes a product row with the keyboard', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(EDIT_PATH);
    await openFormTab(page, 'Activité');
    const products = productRows(page);

    await tabTo(
      page,
      products.getByRole('button', { name: 'Supprimer le produit 1' }),
    );
    await page.keyboard.press('Space');

    await expect.poll(() => productNames(products)).toEqual([BISSAP.name]);
    await expect(products.getByRole('status')).toHaveText(
      'Produit « Mangue séchée » supprimé',
    );
    await expect(
      products.getByRole('button', { name: 'Supprimer le produit 1' }),
    ).toBeFocused();

    const body = await save(page);
    expect(body.products).toEqual([BISSAP]);
    await expect(page.getByRole('heading', { name: MANGO.name })).toHaveCount(
      0,
    );
  });

  test('gives other members no way to edit the company', async ({ page }) => {
    await loginAs(page, OTHER_MEMBER);
    await page.goto(DEMO_COMPANY_PATH);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Délices Tropicaux du Sénégal',
    );
    // The toolbar is there (the member is logged in), without an edit link.
    await expect(page.locator('#toolbar')).toBeVisible();
    await expect(editLink(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Modifier' })).toHaveCount(0);
  });

  test('leaves the verified identity to the OIF team', async ({ page }) => {
    // The owner edits her profile, not its verified legal name, number and
    // country; nor its id, language or tags.
    await loginAs(page, DEMO_MEMBER);
    await page.goto(EDIT_PATH);
    await expect(page.getByRole('textbox', { name: /^Ville/ })).toBeVisible();
    for (const name of [/^Raison sociale/, /^Numéro d'immatriculation/]) {
      await expect(page.getByRole('textbox', { name })).toHaveCount(0);
    }
    await expect(page.getByRole('tab')).toHaveText([
      'Général',
      'Activité',
      'International',
      'Médias',
    ]);

    await page.context().clearCookies();
    await loginAs(page, 'administrateur');
    await page.goto(EDIT_PATH);
    await expect(
      page.getByRole('textbox', { name: /^Raison sociale/ }),
    ).toHaveValue('Délices Tropicaux du Sénégal');
  });

  test(
    'has no accessibility violation on any tab of the form',
    {
      tag: '@a11y',
    },
    async ({ page }, testInfo) => {
      await loginAs(page, DEMO_MEMBER);
      await page.goto(EDIT_PATH);
      const tabs = page.getByRole('tab');
      await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');

      // The tabs the owner has depend on her permissions: check each one.
      for (const name of await tabs.allTextContents()) {
        await openFormTab(page, name);
        await expectNoA11yViolations(page, testInfo);
      }
    },
  );
});

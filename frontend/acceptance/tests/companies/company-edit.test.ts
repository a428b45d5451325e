import { expectNoA11yViolations } from '../../helpers/a11y';
import { loginAs } from '../../helpers/auth';
import { DEMO_COMPANY_PATH, DEMO_MEMBER } from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';
import type { Page, Request } from '@playwright/test';

const EDIT_PATH = `${DEMO_COMPANY_PATH}/edit`;
const ENGLISH_PATH = '/en/companies/delices-tropicaux-du-senegal';
/** A demo member who does not own the company. */
const OTHER_MEMBER = 'ahmed';

/** The <dd> that follows the <dt> labelled `label` on the company page. */
const valueOf = (page: Page, label: string) =>
  page
    .locator('.company-field', {
      has: page.locator('dt', { hasText: label }),
    })
    .locator('dd');

/** The toolbar's edit link (Volto's Toolbar, labelled "Modifier"). */
const editLink = (page: Page) =>
  page.getByRole('link', { name: 'Modifier', exact: true });

/** Opens a tab of Volto's edit form (Semantic UI menu items, no tab role). */
const openFormTab = (page: Page, title: string) =>
  page.locator('.formtabs .item', { hasText: title }).click();

/** Saves the edit form; resolves to the JSON body of the PATCH it sends. */
async function save(page: Page): Promise<Record<string, unknown>> {
  const patch = page.waitForRequest(
    (request: Request) =>
      request.method() === 'PATCH' && request.url().endsWith(DEMO_COMPANY_PATH),
  );
  await page.getByRole('button', { name: 'Sauvegarder' }).click();
  const body = (await patch).postDataJSON();
  await expect(page).toHaveURL(DEMO_COMPANY_PATH);
  return body;
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
    // Only the open row is visible: the new one.
    await page
      .getByRole('textbox', { name: 'Produit ou service' })
      .fill('Confiture de mangue');
    const body = await save(page);

    expect(body.city).toBe('Thiès');
    const products = body.products as Record<string, unknown>[];
    expect(products.at(-1)).toEqual({ name: 'Confiture de mangue' });
    for (const product of products) {
      expect(['name', 'description']).toEqual(
        expect.arrayContaining(Object.keys(product)),
      );
    }
    await expect(valueOf(page, 'Ville')).toHaveText('Thiès');
    await expect(
      page
        .getByRole('region', { name: 'Produits et services' })
        .getByRole('heading', { name: 'Confiture de mangue' }),
    ).toBeVisible();

    // The city is language independent: the translation has it too.
    await page.goto(ENGLISH_PATH);
    await expect(valueOf(page, 'City')).toHaveText('Thiès');
  });

  test('sends mission years as numbers', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(EDIT_PATH);

    await openFormTab(page, 'International');
    await page.getByRole('button', { name: 'Ajouter une mission' }).click();
    await page.getByRole('spinbutton', { name: 'Année' }).fill('2025');
    await page
      .getByRole('textbox', { name: 'Mission', exact: true })
      .fill('Salon international de Montréal');
    await page.getByRole('textbox', { name: 'Destination' }).fill('Canada');
    const body = await save(page);

    const missions = body.missions as Record<string, unknown>[];
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

  test('reorders and removes product rows', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(EDIT_PATH);
    await openFormTab(page, 'Activité');
    // Every row keeps its fields in the DOM, hidden when the row is closed.
    const productNames = page.locator(
      '.company-rows-widget input[id^="field-name-0-products-"]',
    );
    const names = () =>
      productNames.evaluateAll((inputs) =>
        inputs.map((input) => (input as HTMLInputElement).value),
      );
    await expect.poll(names).toEqual(['Mangue séchée', 'Jus de bissap']);

    // With the mouse only: react-beautiful-dnd ignores keyboard drags that
    // start on a <button>, and ObjectListWidget's drag handle is one.
    const handle = page.getByRole('button', { name: 'Déplacer le produit #1' });
    const from = await handle.boundingBox();
    const to = await page
      .locator('.company-rows-widget [data-rbd-draggable-id]')
      .nth(1)
      .boundingBox();
    if (!from || !to) {
      throw new Error('The rows are not laid out');
    }
    const x = from.x + from.width / 2;
    await page.mouse.move(x, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(x, from.y + 20, { steps: 5 });
    await page.mouse.move(x, to.y + to.height + 5, { steps: 10 });
    await page.mouse.up();
    await expect.poll(names).toEqual(['Jus de bissap', 'Mangue séchée']);

    await page.getByRole('button', { name: "Supprimer l'élément #2" }).click();
    await expect.poll(names).toEqual(['Jus de bissap']);
    const body = await save(page);

    expect(body.products).toEqual([
      {
        name: 'Jus de bissap',
        description: "Jus d'hibiscus pasteurisé en bouteille de 75 cl.",
      },
    ]);
    await expect(
      page.getByRole('heading', { name: 'Mangue séchée' }),
    ).toHaveCount(0);
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

  test(
    'has accessible row widgets',
    {
      tag: '@a11y',
    },
    async ({ page }, testInfo) => {
      await loginAs(page, DEMO_MEMBER);
      await page.goto(EDIT_PATH);

      // Stock Volto's edit form fails axe's color-contrast rule (serious) on
      // parts we do not own: the grey "Modifier Entreprise" title segment and
      // the grey field help texts of the Pastanaga theme. Axe is therefore
      // scoped to our widgets, ObjectListWidget's markup included.
      await openFormTab(page, 'Activité');
      await page.getByRole('button', { name: 'Ajouter un produit' }).click();
      await expectNoA11yViolations(page, testInfo, '.company-rows-widget');

      await openFormTab(page, 'International');
      await expect(
        page.getByRole('button', { name: 'Ajouter une mission' }),
      ).toBeVisible();
      await expectNoA11yViolations(page, testInfo, '.company-rows-widget');
    },
  );
});

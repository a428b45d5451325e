import fs from 'fs';
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from '../../helpers/a11y';
import { loginAs } from '../../helpers/auth';
import { DEMO_ADMINISTRATOR } from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';

const MEMBER_NAME = 'Ahmed BENALI';
// The role titles come from the backend, in the language of the request.
const MODERATOR = /^(Modérateur|Moderator)/;

async function openRoles(page: Page) {
  await loginAs(page, DEMO_ADMINISTRATOR);
  await page.goto('/controlpanel/tremplin-roles');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Rôles Tremplin',
  );
}

async function makeAhmedModerator(page: Page) {
  await page.getByLabel('Rechercher un utilisateur').fill('ahmed');
  await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'trouvé' }),
  ).toHaveText('1 utilisateur trouvé');
  const card = page.getByRole('article', { name: MEMBER_NAME });
  const roles = card.getByRole('group', { name: `Rôles de ${MEMBER_NAME}` });
  await expect(
    roles.getByRole('checkbox', { name: MODERATOR }),
  ).not.toBeChecked();
  await roles.getByRole('checkbox', { name: MODERATOR }).check();
  await card
    .getByRole('button', { name: `Enregistrer les rôles de ${MEMBER_NAME}` })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Modifier les rôles de ${MEMBER_NAME} ?`);
  await dialog.getByRole('button', { name: 'Confirmer' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'enregistrés' }),
  ).toHaveText(`Les rôles de ${MEMBER_NAME} sont enregistrés.`);
  return card;
}

test.describe('roles and audit screens', () => {
  test('are listed in Site Setup', async ({ page }) => {
    await loginAs(page, DEMO_ADMINISTRATOR);
    await page.goto('/controlpanel');

    await page.getByRole('link', { name: 'Rôles Tremplin' }).click();
    await expect(page).toHaveURL(/\/controlpanel\/tremplin-roles$/);
    await page.goto('/controlpanel');
    await page.getByRole('link', { name: "Journal d'audit" }).click();
    await expect(page).toHaveURL(/\/controlpanel\/tremplin-audit$/);
  });

  test('an administrator makes a member moderator, and the audit log shows it', async ({
    page,
  }) => {
    await openRoles(page);
    const card = await makeAhmedModerator(page);
    await expect(card.getByRole('checkbox', { name: MODERATOR })).toBeChecked();

    await page.goto('/controlpanel/tremplin-audit');
    await page.getByLabel('Auteur').fill(DEMO_ADMINISTRATOR);
    await page.getByLabel('Action', { exact: true }).fill('role.');
    await page.getByLabel('Cible').fill('ahmed');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'trouvée' }),
    ).toHaveText('1 entrée trouvée.');
    const entry = page.getByRole('row', { name: /role\.granted/ });
    await expect(entry).toContainText(DEMO_ADMINISTRATOR);
    await expect(entry).toContainText('ahmed');
    await expect(entry).toContainText('Moderator');

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Exporter en CSV' }).click();
    const csv = fs.readFileSync(
      (await (await downloading).path()) as string,
      'utf8',
    );
    expect(csv).toContain('role.granted');
    expect(csv.trim().split('\n')).toHaveLength(2);

    await page.getByRole('button', { name: 'Afficher le rapport' }).click();
    await expect(
      page.getByRole('table', { name: 'Usage des privilèges élevés' }),
    ).toContainText(DEMO_ADMINISTRATOR);
  });

  test(
    'the roles screen has no accessibility violation',
    { tag: '@a11y' },
    async ({ page }, testInfo) => {
      await openRoles(page);
      await expect(
        page.getByRole('article', { name: MEMBER_NAME }),
      ).toBeVisible();

      await expectNoA11yViolations(page, testInfo);
    },
  );

  test(
    'the audit screen has no accessibility violation',
    { tag: '@a11y' },
    async ({ page }, testInfo) => {
      await openRoles(page);
      await makeAhmedModerator(page);
      await page.goto('/controlpanel/tremplin-audit');
      await expect(
        page.getByRole('row', { name: /administrateur role\.granted ahmed/ }),
      ).toBeVisible();

      await expectNoA11yViolations(page, testInfo);
    },
  );
});

import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from '../../helpers/a11y';
import { loginAs } from '../../helpers/auth';
import {
  DEMO_ADMINISTRATOR,
  DEMO_COMPANY_PATH,
  DEMO_MEMBER,
} from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';
import { createGuest } from '../../helpers/members';
import { travelDaysFromNow } from '../../helpers/robot';

const COMPANY_TITLE = 'Délices Tropicaux du Sénégal';
const ACCESS_PATH = `${DEMO_COMPANY_PATH}/temporary-access`;

/** YYYY-MM-DD, `days` from today (UTC, as the server reads dates). */
const isoDate = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Signs `username` in afresh (a token from before a clock move expires). */
async function signInAs(page: Page, username: string) {
  await page.context().clearCookies();
  await loginAs(page, username);
}

async function expectRefused(page: Page) {
  const response = await page.goto(DEMO_COMPANY_PATH);
  expect(response?.status()).toBe(401);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Accès réservé',
  );
}

test.describe('temporary access', () => {
  test('an administrator grants mission access that ends by itself', async ({
    page,
    request,
  }) => {
    const guest = await createGuest(request);
    await signInAs(page, guest);
    await expectRefused(page);

    await signInAs(page, DEMO_ADMINISTRATOR);
    await page.goto(ACCESS_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Accès temporaire à ${COMPANY_TITLE}`,
    );
    await expect(
      page.getByText('Aucun accès temporaire sur cet élément.'),
    ).toBeVisible();
    await page.getByLabel('Utilisateur').fill(guest);
    await page.getByLabel('Accès', { exact: true }).selectOption({
      label: 'Peut consulter',
    });
    await page.getByLabel('Du', { exact: true }).fill(isoDate(0));
    await page.getByLabel('Au', { exact: true }).fill(isoDate(3));
    await page.getByLabel('Motif').fill('Mission économique au Canada');
    await page.getByRole('button', { name: "Accorder l'accès" }).click();

    await expect(page.getByRole('status')).toContainText(
      `Accès accordé à ${guest}`,
    );
    const grant = page.getByRole('row', { name: new RegExp(guest) });
    await expect(grant).toContainText('Peut consulter');
    await expect(grant).toContainText('Actif');

    await signInAs(page, guest);
    const response = await page.goto(DEMO_COMPANY_PATH);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      COMPANY_TITLE,
    );

    // Past the end date: the access is gone without anyone revoking it.
    await travelDaysFromNow(request, 4);
    await signInAs(page, guest);
    await expectRefused(page);
  });

  test('refuses an end before the start, next to the field', async ({
    page,
    request,
  }) => {
    const guest = await createGuest(request);
    await loginAs(page, DEMO_ADMINISTRATOR);
    await page.goto(ACCESS_PATH);
    await page.getByLabel('Utilisateur').fill(guest);
    await page.getByLabel('Du', { exact: true }).fill(isoDate(3));
    await page.getByLabel('Au', { exact: true }).fill(isoDate(1));
    await page.getByRole('button', { name: "Accorder l'accès" }).click();

    const end = page.getByLabel('Au', { exact: true });
    await expect(end).toHaveAttribute('aria-invalid', 'true');
    await expect(end).toBeFocused();
    await expect(
      page.locator(`#${await end.getAttribute('aria-describedby')}`),
    ).not.toBeEmpty();
  });

  test('is offered in the toolbar to administrators only', async ({ page }) => {
    await loginAs(page, DEMO_ADMINISTRATOR);
    await page.goto(DEMO_COMPANY_PATH);
    await page.locator('#toolbar-more').click();
    await page.getByRole('link', { name: 'Accès temporaire' }).click();
    await expect(page).toHaveURL(new RegExp(`${ACCESS_PATH}$`));

    await page.context().clearCookies();
    await loginAs(page, DEMO_MEMBER);
    await page.goto(DEMO_COMPANY_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      COMPANY_TITLE,
    );
    await expect(
      page.getByRole('link', { name: 'Accès temporaire' }),
    ).toHaveCount(0);
  });

  test(
    'has no accessibility violation',
    { tag: '@a11y' },
    async ({ page, request }, testInfo) => {
      const guest = await createGuest(request);
      await loginAs(page, DEMO_ADMINISTRATOR);
      await page.goto(ACCESS_PATH);
      await page.getByLabel('Utilisateur').fill(guest);
      await page.getByLabel('Du', { exact: true }).fill(isoDate(0));
      await page.getByLabel('Au', { exact: true }).fill(isoDate(3));
      await page.getByRole('button', { name: "Accorder l'accès" }).click();
      await expect(
        page.getByRole('row', { name: new RegExp(guest) }),
      ).toBeVisible();

      await expectNoA11yViolations(page, testInfo);
    },
  );
});

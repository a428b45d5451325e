import { expectNoA11yViolations } from '../../helpers/a11y';
import { loginAs } from '../../helpers/auth';
import { DEMO_MEMBER } from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';
import { createGuest } from '../../helpers/members';

test.describe('a member without a profile', () => {
  test('is invited to create one and lands on her draft', async ({
    page,
    request,
  }) => {
    const guest = await createGuest(request);
    await loginAs(page, guest);
    await page.goto('/fr');

    const invitation = page.getByRole('complementary', {
      name: 'Créer mon profil',
    });
    await invitation.getByRole('link', { name: 'Créer mon profil' }).click();
    await expect(page).toHaveURL(/\/fr\/creer-mon-profil$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Créer mon profil',
    );
    await expectNoA11yViolations(page);

    await page.getByRole('radio', { name: /une entreprise/i }).check();
    await page
      .getByLabel(/Raison sociale|Nom légal/)
      .fill('Saveurs de la Lagune');
    await page.getByLabel(/^Pays/).selectOption('CI');
    await page.getByLabel(/^Numéro d/).fill('CI-ABJ-2026-B-40001');
    await page.getByLabel(/^Ville/).fill('Abidjan');
    await page.getByRole('checkbox', { name: 'Agroalimentaire' }).check();
    await page.getByRole('radio', { name: /^Micro/ }).check();
    await page.getByRole('radio', { name: /Primo-exportat/ }).check();
    await page
      .getByRole('checkbox', { name: /conditions d.utilisation/ })
      .check();
    await page.getByRole('checkbox', { name: /confidentialité/ }).check();
    await page.getByRole('button', { name: 'Créer mon profil' }).click();

    await expect(page).toHaveURL(/\/fr\/entreprises\/saveurs-de-la-lagune$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Saveurs de la Lagune',
    );
    await expect(
      page.getByRole('complementary', { name: 'Créer mon profil' }),
    ).toHaveCount(0);
  });

  test('a member who has one is sent to it', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto('/fr/creer-mon-profil');
    await expect(page.getByText('Vous avez déjà un profil.')).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Créer mon profil' }),
    ).toHaveCount(0);
  });
});

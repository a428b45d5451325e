import { request as playwrightRequest, type Page } from '@playwright/test';
import { expectNoA11yViolations } from '../../helpers/a11y';
import { loginAs } from '../../helpers/auth';
import { DOCUMENT_KINDS, addDocument } from '../../helpers/documents';
import { DEMO_MEMBER, DEMO_MODERATOR } from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';
import { newestMailTo } from '../../helpers/mail';
import { fireTransition } from '../../helpers/workflow';

const APPLICANT = 'aminata';
const APPLICANT_EMAIL = 'aminata.kone@demo.tremplin.test';
const PROFILE_PATH = '/fr/entreprises/akwaba-mode-ethique';
const PROFILE_TITLE = 'Akwaba Mode Éthique';

/**
 * Aminata's demo company, sent back to draft by a moderator, then
 * completed with its four documents and submitted again by her. Each person
 * gets a request context of her own: @login also sets Plone's session
 * cookie, which would otherwise follow the next person's requests.
 */
async function submitAminatasProfile() {
  const moderator = await playwrightRequest.newContext();
  await fireTransition(moderator, PROFILE_PATH, 'retract', DEMO_MODERATOR);
  await moderator.dispose();
  const applicant = await playwrightRequest.newContext();
  for (const kind of DOCUMENT_KINDS) {
    await addDocument(applicant, PROFILE_PATH, kind, APPLICANT);
  }
  await fireTransition(applicant, PROFILE_PATH, 'submit', APPLICANT);
  await applicant.dispose();
}

async function openReviewList(page: Page) {
  await loginAs(page, DEMO_MODERATOR);
  await page.goto('/fr/moderation');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Profils à vérifier',
  );
}

const profileCard = (page: Page) =>
  page.getByRole('article', { name: PROFILE_TITLE });

test.describe('moderator review list', () => {
  test('says when no profile is waiting', async ({ page }) => {
    await openReviewList(page);

    await expect(page.getByText('Aucun profil en attente')).toBeVisible();
  });

  test('shows a pending profile with its checks and documents, then rejects it with a reason', async ({
    page,
  }) => {
    await submitAminatasProfile();
    await openReviewList(page);

    const card = profileCard(page);
    await expect(card).toContainText('Aminata KONÉ');
    await expect(card).toContainText('Envoyé');
    await expect(card).toContainText(
      /\d+ réussis, \d+ avertissements, \d+ échecs/,
    );
    const toggle = card.getByRole('button', {
      name: `Examiner ${PROFILE_TITLE}`,
    });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(
      card.getByRole('button', { name: `Fermer ${PROFILE_TITLE}` }),
    ).toHaveAttribute('aria-expanded', 'true');

    // Each check says its status in words, not by colour alone.
    const checks = card.getByRole('region', { name: 'Contrôles automatiques' });
    await expect(checks.getByRole('listitem').first()).toContainText(
      /Réussi|Avertissement|Échec/,
    );
    const documents = card.getByRole('region', { name: 'Documents' });
    await expect(documents.locator('iframe')).toHaveCount(4);
    await expect(
      documents.getByRole('link', { name: /^Télécharger / }),
    ).toHaveCount(4);

    await card.getByRole('button', { name: "Commencer l'examen" }).click();
    await expect(page.getByRole('status')).toHaveText(
      `Examen de ${PROFILE_TITLE} commencé.`,
    );
    await expect(card).toContainText("En cours d'examen");

    await card.getByRole('button', { name: 'Refuser', exact: true }).click();
    const reason = card.getByLabel('Motif du refus (envoyé au demandeur)');
    await card.getByRole('button', { name: 'Refuser avec ce motif' }).click();
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(reason).toBeFocused();
    await expect(
      card.getByText('Écrivez un message au demandeur.'),
    ).toBeVisible();

    await reason.fill("L'extrait du registre date de plus de trois mois.");
    await card.getByRole('button', { name: 'Refuser avec ce motif' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(`Refuser le profil ${PROFILE_TITLE} ?`);
    await dialog.getByRole('button', { name: 'Confirmer' }).click();

    await expect(page.getByRole('status')).toHaveText(
      `${PROFILE_TITLE} est refusé ; le demandeur a reçu le motif.`,
    );
    await expect(page.getByText('Aucun profil en attente')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

    const mail = await newestMailTo(APPLICANT_EMAIL, /trois mois/);
    expect(mail.body).toContain(
      "L'extrait du registre date de plus de trois mois.",
    );
  });

  test('is for moderators only', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto('/fr/moderation');

    await expect(
      page.getByText(
        'Seuls les modérateurs et les administrateurs peuvent vérifier les profils.',
      ),
    ).toBeVisible();
  });

  test('is linked from the personal menu of moderators', async ({ page }) => {
    await loginAs(page, DEMO_MODERATOR);
    await page.goto('/fr');
    await page.locator('#toolbar-personal').click();
    await page.getByRole('link', { name: 'Profils à vérifier' }).click();

    await expect(page).toHaveURL(/\/fr\/moderation$/);
  });

  test(
    'has no accessibility violation',
    { tag: '@a11y' },
    async ({ page }, testInfo) => {
      await submitAminatasProfile();
      await openReviewList(page);
      await profileCard(page)
        .getByRole('button', { name: `Examiner ${PROFILE_TITLE}` })
        .click();
      await expect(
        profileCard(page).getByRole('button', { name: "Commencer l'examen" }),
      ).toBeVisible();
      await expect(page.getByText('Chargement des contrôles…')).toHaveCount(0);

      await expectNoA11yViolations(page, testInfo);
    },
  );
});

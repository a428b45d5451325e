import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from '../../helpers/a11y';
import { loginAs } from '../../helpers/auth';
import {
  DEMO_COMPANY_PATH,
  DEMO_MEMBER,
  OTHER_MEMBER,
} from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';

const HOME = `${DEMO_COMPANY_PATH}/assessment`;

/** The questions of the open step, each a group named by its text. */
const questions = (page: Page) =>
  page.locator('.assessment-page').getByRole('group');

/** Answers every question of the open step: a scale or single choice with
 * its last answer, a multiple choice with its first. */
async function answerStep(page: Page) {
  const groups = questions(page);
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const group = groups.nth(index);
    const radios = group.getByRole('radio');
    if (await radios.count()) {
      await radios.last().check();
    } else {
      await group.getByRole('checkbox').first().check();
    }
  }
}

const stepHeading = (page: Page, number: number) =>
  page.getByRole('heading', {
    level: 1,
    name: new RegExp(`^Étape ${number} sur 11`),
  });

async function next(page: Page, number: number) {
  await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
  await expect(stepHeading(page, number)).toBeVisible();
}

test.describe('maturity self-assessment', () => {
  test('Awa answers step by step, resumes later, fixes a missing answer and reads her report', async ({
    page,
  }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(DEMO_COMPANY_PATH);
    await page.getByRole('link', { name: 'Mon autoévaluation' }).click();
    await expect(page).toHaveURL(new RegExp(`${HOME}$`));
    await expect(
      page.getByText('Vous n’avez pas encore évalué votre entreprise.'),
    ).toBeVisible();

    await page
      .getByRole('link', { name: 'Commencer l’autoévaluation' })
      .click();
    await expect(stepHeading(page, 1)).toContainText('Stratégie et engagement');
    await expect(page.locator('[aria-current="step"]')).toContainText(
      'Stratégie et engagement',
    );
    await answerStep(page);
    await next(page, 2);
    await answerStep(page);
    await page
      .getByRole('button', { name: 'Enregistrer et reprendre plus tard' })
      .click();
    await expect(
      page.locator('.assessment-page').getByRole('status'),
    ).toContainText('Vos réponses sont enregistrées.');

    // Later: the draft waits, and opens on the step she left.
    await page.reload();
    await expect(
      page.getByText(/Une autoévaluation est en cours/),
    ).toBeVisible();
    await page
      .getByRole('link', { name: 'Reprendre l’autoévaluation' })
      .click();
    await expect(stepHeading(page, 2)).toBeVisible();
    await expect(
      questions(page).first().getByRole('radio').last(),
    ).toBeChecked();

    // Step 3 is left unanswered; the others are answered.
    await next(page, 3);
    for (let number = 4; number <= 11; number += 1) {
      await next(page, number);
      if (number < 11) await answerStep(page);
    }
    await expect(
      page.getByRole('heading', { name: 'Questions encore sans réponse' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    const alert = page.locator('.assessment-page').getByRole('alert');
    await expect(alert).toContainText('choisissez une réponse');

    // The error leads back to its step; answered, the assessment goes through.
    await alert.getByRole('button').first().click();
    await expect(stepHeading(page, 3)).toBeVisible();
    await answerStep(page);
    for (let number = 4; number <= 11; number += 1) {
      await next(page, number);
    }
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();

    await expect(page).toHaveURL(/\/assessment\/report\/1$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Rapport d’autoévaluation' }),
    ).toBeVisible();
    await expect(page.getByText(/^Score global : \d+\/100$/)).toBeVisible();
    const scores = page.getByRole('table', { name: /Score par dimension/ });
    await expect(scores.getByRole('rowheader')).toHaveCount(10);
    await expect(
      page.getByRole('heading', { name: 'Vos priorités' }),
    ).toBeVisible();

    // The home page lists it, and offers to take it again.
    await page
      .getByRole('link', { name: 'Retour à l’autoévaluation' })
      .last()
      .click();
    await expect(page.getByText(/^Niveau actuel :/)).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Refaire l’autoévaluation' }),
    ).toBeVisible();
  });

  test('another member sees neither the link nor the assessment', async ({
    page,
  }) => {
    await loginAs(page, OTHER_MEMBER);
    await page.goto(DEMO_COMPANY_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Mon autoévaluation' }),
    ).toHaveCount(0);

    await page.goto(`${HOME}/take`);
    await expect(
      page.locator('.assessment-page').getByRole('alert'),
    ).toHaveText(
      'Seul le représentant de cette entreprise peut voir son autoévaluation.',
    );
    await expect(page.getByRole('group')).toHaveCount(0);
  });

  test(
    'has no accessibility violation, on a step and on the home page',
    { tag: '@a11y' },
    async ({ page }, testInfo) => {
      await loginAs(page, DEMO_MEMBER);
      await page.goto(`${HOME}/take`);
      await expect(stepHeading(page, 1)).toBeVisible();
      await expectNoA11yViolations(page, testInfo);
      await page.goto(HOME);
      await expect(
        page.getByRole('link', { name: 'Commencer l’autoévaluation' }),
      ).toBeVisible();
      await expectNoA11yViolations(page, testInfo);
    },
  );
});

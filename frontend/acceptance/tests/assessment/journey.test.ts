import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from '../../helpers/a11y';
import { apiToken, loginAs } from '../../helpers/auth';
import {
  BACKEND_URL,
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

type Question = {
  id: string;
  type: string;
  options: { id: string; exclusive: boolean }[];
};

/** Awa's company assessed through the REST API: the first answer of each
 * question, that is not "none of these". */
async function assessThroughTheApi(page: Page) {
  const headers = {
    Accept: 'application/json',
    Authorization: `Bearer ${await apiToken(page.request, DEMO_MEMBER)}`,
  };
  const company = `${BACKEND_URL}${DEMO_COMPANY_PATH}`;
  const { questionnaire } = await (
    await page.request.get(`${company}/@tremplin-assessment-draft`, { headers })
  ).json();
  const answers: Record<string, string | string[]> = {};
  for (const dimension of questionnaire.dimensions) {
    for (const question of dimension.questions as Question[]) {
      const first = question.options.find((option) => !option.exclusive)!.id;
      answers[question.id] = question.type === 'multiple' ? [first] : first;
    }
  }
  const version = questionnaire.version;
  const saved = await page.request.patch(
    `${company}/@tremplin-assessment-draft`,
    {
      headers,
      data: { questionnaire_version: version, answers },
    },
  );
  expect(saved.status()).toBe(200);
  const { draft } = await saved.json();
  const submitted = await page.request.post(
    `${company}/@tremplin-assessment-submissions`,
    {
      headers,
      data: { revision: draft.revision, questionnaire_version: version },
    },
  );
  expect(submitted.status()).toBe(201);
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
    'has no accessibility violation, on a step, the home page and a report with its advice',
    { tag: '@a11y' },
    async ({ page }, testInfo) => {
      await assessThroughTheApi(page);
      await loginAs(page, DEMO_MEMBER);
      await page.goto(`${HOME}/take`);
      await expect(stepHeading(page, 1)).toBeVisible();
      await expectNoA11yViolations(page, testInfo);
      await page.goto(HOME);
      await expect(
        page.getByRole('link', { name: 'Refaire l’autoévaluation' }),
      ).toBeVisible();
      await expectNoA11yViolations(page, testInfo);
      await page.goto(`${HOME}/report/1`);
      await expect(
        page.getByRole('table', { name: /Score par dimension/ }),
      ).toBeVisible();
      // Low scores: advice, and an expert of the demo to contact.
      await expect(
        page.getByRole('heading', { name: 'Que faire maintenant' }),
      ).toBeVisible();
      await expect(
        page.getByRole('link', { name: 'Mariam TRAORÉ' }).first(),
      ).toBeVisible();
      await expectNoA11yViolations(page, testInfo);

      // The same report as a PDF, downloaded with the member's token.
      const downloading = page.waitForEvent('download');
      await page
        .getByRole('link', { name: 'Télécharger le rapport (PDF)' })
        .click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(
        /^maturite-\d{4}-\d{2}-\d{2}\.pdf$/,
      );
      const file = fs.readFileSync(await download.path());
      expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    },
  );
});

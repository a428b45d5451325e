import type { Page } from '@playwright/test';
import { loginAs } from '../../helpers/auth';
import { addDocument, pdfFile } from '../../helpers/documents';
import { DEMO_MODERATOR, FRONTEND_URL } from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';
import { linkIn, newestMailTo } from '../../helpers/mail';

/*
 * Aminata's whole path, from sign-up to the verified badge (issue 6,
 * journey 1). It runs in English: the registration wizard and the
 * verification file belong to other features, and English is the language
 * whose wording their messages fix (French is translated afterwards).
 */
const EMAIL = 'aminata@akwaba-couture.example.org';
const PASSWORD = 'Akwaba-Couture-Abidjan-2026';
const COMPANY = 'Akwaba Couture Abidjan';
const DOCUMENTS = [
  'Trade register extract',
  'Identity document of the manager',
  'Latest financial statements',
  'Proof of address',
];
const REASON = 'The proof of address is older than three months.';

async function register(page: Page) {
  await page.goto('/en/register');
  await page.getByLabel('Full name').fill('Aminata KONÉ');
  await page.getByLabel('E-mail address').fill(EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'a company' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Legal name of the company').fill(COMPANY);
  await page.getByRole('combobox', { name: 'Country' }).selectOption('CI');
  await page.getByLabel('Registration number').fill('CI-ABJ-2026-B-77001');
  await page.getByLabel('City').fill('Abidjan');
  await page.getByRole('checkbox', { name: 'Textile & fashion' }).check();
  await page.getByRole('radio', { name: /^Micro-enterprise/ }).check();
  await page.getByRole('radio', { name: 'First-time exporter' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('checkbox', { name: /terms of use/ }).check();
  await page.getByRole('checkbox', { name: /privacy notice/ }).check();
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(
    page.getByRole('heading', { name: 'Check your mailbox' }),
  ).toBeVisible();
}

/** Follows the link of the mail that reached the SMTP server; her profile. */
async function confirmByMail(page: Page): Promise<string> {
  const mail = await newestMailTo(EMAIL, /confirm your e-mail address/);
  await page.goto(linkIn(mail.body, `${FRONTEND_URL}/en/register/confirm?`));
  await expect(
    page.getByRole('heading', { name: 'Your account is active' }),
  ).toBeVisible();
  const login = await page
    .getByRole('main')
    .getByRole('link', { name: /log in/i })
    .getAttribute('href');
  const profile = new URL(login as string, FRONTEND_URL).searchParams.get(
    'return_url',
  );
  expect(profile).toMatch(/^\/en\/companies\//);
  return profile as string;
}

async function uploadDocuments(page: Page, profile: string) {
  for (const kind of DOCUMENTS) {
    await page.goto(profile);
    await page.getByRole('link', { name: `Add ${kind}` }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: `${kind}.pdf`,
      mimeType: 'application/pdf',
      buffer: pdfFile(kind),
    });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).not.toHaveURL(/\/add/);
  }
  await page.goto(profile);
  const dossier = page.getByRole('region', { name: 'Verification file' });
  await expect(dossier.getByText('(sent)')).toHaveCount(4);
}

async function moderate(
  page: Page,
  steps: (card: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.context().clearCookies();
  await loginAs(page, DEMO_MODERATOR);
  await page.goto('/en/moderation');
  const card = page.getByRole('article', { name: COMPANY });
  await card.getByRole('button', { name: `Review ${COMPANY}` }).click();
  await card.getByRole('button', { name: 'Start the review' }).click();
  await expect(page.getByRole('status')).toHaveText(
    `Review of ${COMPANY} started.`,
  );
  await steps(card);
}

async function signInAsAminata(page: Page, profile: string) {
  await page.context().clearCookies();
  await loginAs(page, EMAIL, PASSWORD);
  await page.goto(profile);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(COMPANY);
}

test('Aminata registers, is rejected, appeals and gets the verified badge', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await register(page);
  const profile = await confirmByMail(page);

  await signInAsAminata(page, profile);
  await uploadDocuments(page, profile);
  await page.getByRole('button', { name: 'Submit for verification' }).click();
  await expect(
    page.getByRole('region', { name: 'Verification file' }).getByRole('status'),
  ).toHaveText(/was sent for verification/);

  await moderate(page, async (card) => {
    await expect(card).toContainText('Aminata KONÉ');
    await card.getByRole('button', { name: 'Reject', exact: true }).click();
    await card
      .getByLabel('Reason for the rejection (sent to the applicant)')
      .fill(REASON);
    await card.getByRole('button', { name: 'Reject with this reason' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Confirm' })
      .click();
    await expect(page.getByRole('status')).toHaveText(
      `${COMPANY} is rejected; the applicant has been told why.`,
    );
  });

  expect((await newestMailTo(EMAIL, /three months/)).body).toContain(REASON);
  await signInAsAminata(page, profile);
  await expect(page.getByText(REASON)).toBeVisible();
  // A newer proof of address, then the appeal.
  await addDocument(request, profile, 'proof_of_address', EMAIL, PASSWORD);
  await page
    .getByLabel('Your explanation')
    .fill('Here is a proof of address from this month.');
  await page.getByRole('button', { name: 'Send the appeal' }).click();
  await expect(
    page.getByRole('region', { name: 'Verification file' }).getByRole('status'),
  ).toHaveText(/Your appeal was sent/);

  await moderate(page, async (card) => {
    await card.getByRole('button', { name: 'Verify' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Confirm' })
      .click();
    await expect(page.getByRole('status')).toHaveText(
      `${COMPANY} is verified.`,
    );
  });

  await signInAsAminata(page, profile);
  await expect(page.getByText(/^Verified profile, on /)).toBeVisible();
});

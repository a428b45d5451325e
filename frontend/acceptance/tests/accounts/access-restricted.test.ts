import { expectNoA11yViolations } from '../../helpers/a11y';
import { loginAs } from '../../helpers/auth';
import {
  DEMO_MEMBER,
  DEMO_MODERATOR,
  OTHER_COMPANY_PATH,
} from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';
import {
  NARROW_VIEWPORT,
  expectNoHorizontalScrolling,
} from '../../helpers/reflow';
import { fireTransition } from '../../helpers/workflow';
import type { APIRequestContext, Page } from '@playwright/test';

/**
 * Opens, as Awa, Ahmed's company once a moderator has sent it back to draft:
 * a page she may not see (Zope answers 401 to members too).
 */
async function openOtherDraftCompany(page: Page, request: APIRequestContext) {
  await fireTransition(request, OTHER_COMPANY_PATH, 'retract', DEMO_MODERATOR);
  await loginAs(page, DEMO_MEMBER);
  return page.goto(OTHER_COMPANY_PATH);
}

test.describe('access restricted page', () => {
  test('tells a member she has no access, with a title and a way home', async ({
    page,
    request,
  }) => {
    const response = await openOtherDraftCompany(page, request);

    expect(response?.status()).toBe(401);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Accès réservé',
    );
    await expect(page).toHaveTitle('Accès réservé');
    await expect(page.getByText('EduNova Maroc')).toHaveCount(0);
    // Logged in already: no login form.
    await expect(page.getByLabel('Mot de passe')).toHaveCount(0);

    await page
      .getByRole('main')
      .getByRole('link', { name: 'Retour à la page d’accueil' })
      .click();
    await expect(page).toHaveURL(/\/fr$/);
  });

  test('fits a 320 px wide screen', async ({ page, request }) => {
    await page.setViewportSize(NARROW_VIEWPORT);
    await openOtherDraftCompany(page, request);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Accès réservé',
    );

    await expectNoHorizontalScrolling(page);
  });

  test(
    'has no accessibility violation',
    {
      tag: '@a11y',
    },
    async ({ page, request }, testInfo) => {
      await openOtherDraftCompany(page, request);
      await expect(page).toHaveTitle('Accès réservé');

      await expectNoA11yViolations(page, testInfo);
    },
  );
});

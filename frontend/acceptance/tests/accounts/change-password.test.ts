import { expectNoA11yViolations } from '../../helpers/a11y';
import { loginAs } from '../../helpers/auth';
import { DEMO_MEMBER } from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';

test.describe('change password page', () => {
  test(
    'has no accessibility violation',
    {
      tag: '@a11y',
    },
    async ({ page }, testInfo) => {
      await loginAs(page, DEMO_MEMBER);
      await page.goto('/change-password');
      await expect(page.getByLabel('Mot de passe actuel')).toBeVisible();

      await expectNoA11yViolations(page, testInfo);
    },
  );
});

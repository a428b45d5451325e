import { expectNoA11yViolations } from '../../helpers/a11y';
import { loginAs } from '../../helpers/auth';
import { DEMO_ADMINISTRATOR, DEMO_MEMBER } from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';

test.describe('tag management', () => {
  test('an administrator renames a tag and the list shows the new one', async ({
    page,
  }) => {
    await loginAs(page, DEMO_ADMINISTRATOR);
    await page.goto('/controlpanel');
    await page.getByRole('link', { name: 'Étiquettes' }).click();
    await expect(page).toHaveURL(/\/controlpanel\/tremplin-tags$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Étiquettes',
    );

    await page.getByRole('checkbox', { name: /^mangue \(/ }).check();
    await page.getByLabel('Nouveau nom').fill('mangue séchée');
    await page.getByRole('button', { name: 'Renommer ou fusionner' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('« mangue »');
    await dialog.getByRole('button', { name: 'Confirmer' }).click();

    await expect(
      page.getByRole('status').filter({ hasText: 'mangue séchée' }),
    ).toBeVisible();
    await expect(
      page.getByRole('checkbox', { name: /^mangue séchée \(/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('checkbox', { name: /^mangue \(/ }),
    ).toHaveCount(0);
    await expectNoA11yViolations(page);
  });

  test('a member is refused the screen', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto('/controlpanel/tremplin-tags');
    await expect(
      page.getByText(
        'Seuls les administrateurs du site gèrent les étiquettes.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
  });
});

import { expectNoA11yViolations } from '../../../helpers/a11y';
import { expectCaptchaSolved } from '../../../helpers/captcha';
import { BACKEND_URL, DEMO_MEMBER, DEMO_PASSWORD } from '../../../helpers/env';
import { expect, test } from '../../../helpers/fixtures';
import { tabTo } from '../../../helpers/keyboard';
import { newestMailTo, readMails } from '../../../helpers/mail';
import type { APIRequestContext, Page, TestInfo } from '@playwright/test';

// In English: the page's French texts come with the translations.
const RESET_PATH = '/en/password-reset';
const EMAIL = 'awa.ndiaye@demo.tremplin.test';
const NEW_PASSWORD = 'Baobab-pirogue-harmattan-2026';

/** Tabs to the control labelled `label` and types `text`. */
async function typeInto(page: Page, label: string, text: string) {
  await tabTo(page, page.getByLabel(label, { exact: true }));
  await page.keyboard.type(text);
}

async function pressButton(page: Page, name: string) {
  await tabTo(page, page.getByRole('button', { name }));
  await page.keyboard.press('Enter');
}

/** Step 1 with the keyboard; returns the status of the request. */
async function askForCode(page: Page, email: string): Promise<number> {
  await expect(
    page.getByRole('heading', { level: 2, name: /your e-mail address/ }),
  ).toBeVisible();
  await typeInto(page, 'E-mail address', email);
  await expectCaptchaSolved(page);
  const sent = page.waitForResponse(
    (response) =>
      response.url().endsWith('/@tremplin-password-reset') &&
      response.request().method() === 'POST',
  );
  await pressButton(page, 'Send me a code');
  return (await sent).status();
}

/** The 6-digit code of the newest reset mail to `email`. */
async function codeFromMail(email: string): Promise<string> {
  const mail = await newestMailTo(email, /code/i);
  const code = /^\s*(\d{6})\s*$/m.exec(mail.body)?.[1];
  expect(code, `a 6-digit code in:\n${mail.body}`).toBeTruthy();
  return code as string;
}

/** Status of the REST @login with these credentials. */
async function loginStatus(
  request: APIRequestContext,
  password: string,
): Promise<number> {
  const response = await request.post(`${BACKEND_URL}/@login`, {
    headers: { Accept: 'application/json' },
    data: { login: DEMO_MEMBER, password },
  });
  return response.status();
}

test.describe('password reset with a code by e-mail', () => {
  test('a member resets her password with the code from the mail', async ({
    page,
    request,
  }) => {
    await page.goto(RESET_PATH);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Reset your password' }),
    ).toBeVisible();

    expect(await askForCode(page, EMAIL)).toBe(202);
    const step = page.getByRole('heading', { level: 2 });
    await expect(step).toHaveText(/the code and your new password/);
    await expect(page.getByText(/If an account exists for/)).toContainText(
      EMAIL,
    );
    const code = await codeFromMail(EMAIL);

    // A wrong code is refused on its field, with the tries left.
    const wrong = code === '000000' ? '111111' : '000000';
    await typeInto(page, 'Code received by e-mail', wrong);
    await typeInto(page, 'New password', NEW_PASSWORD);
    await typeInto(page, 'Confirm the new password', NEW_PASSWORD);
    // The backend's live feedback on the new password.
    await expect(page.getByText(/This password is accepted/)).toBeVisible();
    await pressButton(page, 'Change my password');
    const codeField = page.getByLabel('Code received by e-mail', {
      exact: true,
    });
    await expect(codeField).toHaveAttribute('aria-invalid', 'true');
    await expect(codeField).toHaveAccessibleDescription(/Tries left: 4/);
    await expect(codeField).toBeFocused();
    expect(await loginStatus(request, DEMO_PASSWORD)).toBe(200);

    // The right one sets the password.
    await codeField.fill('');
    await page.keyboard.type(code);
    const confirmed = page.waitForResponse((response) =>
      response.url().endsWith('/@tremplin-password-reset-confirm'),
    );
    await pressButton(page, 'Change my password');
    expect((await confirmed).status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Your password was changed',
    );
    const logIn = page.getByRole('main').getByRole('link', { name: 'Log in' });
    await expect(logIn).toHaveAttribute('href', '/en/login');

    // The old password no longer opens her account…
    expect(await loginStatus(request, DEMO_PASSWORD)).toBe(401);
    // …the new one does, through the login page.
    await tabTo(page, logIn);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/login/);
    // Demo accounts sign in with their username.
    await typeInto(page, 'E-mail address or username', DEMO_MEMBER);
    await typeInto(page, 'Password', NEW_PASSWORD);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () =>
        (await page.context().cookies()).map(({ name }) => name),
      )
      .toContain('auth_token');
  });

  test('an unknown address gets the same answer and no mail', async ({
    page,
  }) => {
    await page.goto(RESET_PATH);
    expect(await askForCode(page, 'nobody@example.test')).toBe(202);

    await expect(page.getByText(/If an account exists for/)).toContainText(
      'nobody@example.test',
    );
    expect(readMails().filter((mail) => mail.to.includes('nobody'))).toEqual(
      [],
    );
  });

  test("Volto's reset addresses lead to the code reset", async ({ page }) => {
    await page.goto('/passwordreset');
    await expect(page).toHaveURL(/\/fr\/password-reset$/);
    await page.goto('/en/passwordreset/0123456789abcdef');
    await expect(page).toHaveURL(/\/en\/password-reset$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Reset your password' }),
    ).toBeVisible();
  });

  test(
    'has no accessibility violation at any step',
    { tag: '@a11y' },
    async ({ page }, testInfo: TestInfo) => {
      await page.goto(RESET_PATH);
      await pressButton(page, 'Send me a code');
      await expect(
        page.getByLabel('E-mail address', { exact: true }),
      ).toHaveAttribute('aria-invalid', 'true');
      await expectCaptchaSolved(page);
      await expectNoA11yViolations(page, testInfo);

      expect(await askForCode(page, EMAIL)).toBe(202);
      await pressButton(page, 'Change my password');
      await expect(
        page.getByLabel('Code received by e-mail', { exact: true }),
      ).toBeFocused();
      await typeInto(page, 'New password', 'sahel');
      await expect(page.getByText(/not accepted yet/)).toBeVisible();
      await expectNoA11yViolations(page, testInfo);
    },
  );
});

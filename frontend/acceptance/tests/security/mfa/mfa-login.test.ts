import type { Page, Response } from '@playwright/test';
import { expectNoA11yViolations } from '../../../helpers/a11y';
import { captchaBox, expectCaptchaSolved } from '../../../helpers/captcha';
import {
  BACKEND_URL,
  DEMO_ADMINISTRATOR,
  DEMO_COMPANY_PATH,
  DEMO_MEMBER,
  DEMO_PASSWORD,
} from '../../../helpers/env';
import { expect, test } from '../../../helpers/fixtures';
import { expectActiveElement, tabTo } from '../../../helpers/keyboard';
import { newestMailTo } from '../../../helpers/mail';
import {
  Authenticator,
  inFreshContext,
  signInToken,
} from '../../../helpers/mfa';
import { stepAt, totpCode } from '../../../helpers/totp';

const MODERATION = '/fr/moderation';
const COMPANY_TITLE = 'Délices Tropicaux du Sénégal';
const AWA_EMAIL = 'awa.ndiaye@demo.tremplin.test';
// A moderator the test adds: the demo ones have a second factor already.
const MODERATOR = {
  login: 'moderatrice',
  password: 'Baobab-Lumineux-Kaolack-47',
};
const MFA_PAGE = /\/fr\/security\/mfa\?return_url=%2Ffr%2Fmoderation$/;

/** A 6-digit code the server cannot take now (none of the steps around). */
function wrongCode(secret: string): string {
  const valid = [-1, 0, 1].map((shift) => totpCode(secret, stepAt() + shift));
  return ['000000', '111111', '222222'].find((code) => !valid.includes(code))!;
}

/** The password step of the login page, as a person fills it. */
async function enterPassword(page: Page, login: string, password: string) {
  await page.getByLabel('Adresse e-mail ou identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Whether `response` answers the login's password step. */
const isLoginAnswer = (response: Response) =>
  response.url().endsWith('/@login') && response.request().method() === 'POST';

/** Whether `response` brings a new challenge to the anti-robot widget. */
const isCaptchaChallenge = (response: Response) =>
  response.url().includes('/@tremplin-captcha');

/** One try of Awa's password; returns once the server has answered it. */
async function tryPassword(page: Page, password: string) {
  const answered = page.waitForResponse(isLoginAnswer);
  await enterPassword(page, DEMO_MEMBER, password);
  await answered;
}

/**
 * A new moderator (member of the moderators group), as the administrator
 * adds one: she has no second factor yet.
 */
function addModerator(): Promise<void> {
  return inFreshContext(async (request) => {
    const token = await signInToken(request, DEMO_ADMINISTRATOR);
    const headers = {
      Accept: 'application/json',
      Authorization: `Bearer ${token}`,
    };
    const created = await request.post(`${BACKEND_URL}/@users`, {
      headers,
      data: {
        username: MODERATOR.login,
        fullname: 'Mariama NDIAYE',
        email: `${MODERATOR.login}@demo.tremplin.test`,
        password: MODERATOR.password,
      },
    });
    expect(created.ok(), await created.text()).toBe(true);
    const joined = await request.patch(`${BACKEND_URL}/@groups/moderators`, {
      headers,
      data: { users: { [MODERATOR.login]: true } },
    });
    expect(joined.ok(), await joined.text()).toBe(true);
  });
}

/** Opens the login page as a link back to `path` would (a bookmark, a mail). */
async function openLogin(page: Page, path = MODERATION) {
  await page.goto(`/fr/login?return_url=${encodeURIComponent(path)}`);
  await expect(page.getByLabel('Adresse e-mail ou identifiant')).toBeVisible();
}

async function logOut(page: Page) {
  await page.goto('/logout');
  await expect(
    page.getByRole('banner').getByRole('link', { name: 'Se connecter' }),
  ).toBeVisible();
}

/**
 * Awa (a company representative, for whom it is optional) turns TOTP on
 * through the REST API, as an integrator would, in a request context of
 * its own (@login leaves a session cookie behind). Returns the ten
 * recovery codes.
 */
function enrolAwaThroughApi(): Promise<string[]> {
  return inFreshContext(async (request) => {
    const login = await request.post(`${BACKEND_URL}/@login`, {
      headers: { Accept: 'application/json' },
      data: { login: DEMO_MEMBER, password: DEMO_PASSWORD },
    });
    const { token } = await login.json();
    const headers = {
      Accept: 'application/json',
      Authorization: `Bearer ${token}`,
    };
    const start = await request.post(`${BACKEND_URL}/@tremplin-mfa/totp`, {
      headers,
      data: {},
    });
    expect(start.ok(), await start.text()).toBe(true);
    const { secret } = await start.json();
    const confirm = await request.post(
      `${BACKEND_URL}/@tremplin-mfa/totp/confirm`,
      { headers, data: { code: await new Authenticator(secret).nextCode() } },
    );
    expect(confirm.ok(), await confirm.text()).toBe(true);
    const { recovery_codes: codes } = await confirm.json();
    expect(codes).toHaveLength(10);
    return codes as string[];
  });
}

test.describe('two-step verification', () => {
  test('a moderator must enrol before moderating, then logs in with a code', async ({
    page,
  }) => {
    await addModerator();
    await openLogin(page);
    await enterPassword(page, MODERATOR.login, MODERATOR.password);

    // The password alone opens only the enrolment page, which says why.
    await expect(page).toHaveURL(MFA_PAGE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Sécurité du compte',
    );
    await expect(page.getByText(/Votre rôle sur Tremplin/)).toBeVisible();
    // The moderation screen sends her back (the API refuses it: 403).
    await page.goto(MODERATION);
    await expect(page).toHaveURL(MFA_PAGE);

    // Enrolment, by keyboard only.
    await tabTo(
      page,
      page.getByRole('button', {
        name: 'Configurer une application d’authentification (recommandé)',
      }),
    );
    await page.keyboard.press('Enter');
    await expectActiveElement(
      page.getByRole('heading', {
        name: 'Configurer une application d’authentification',
      }),
    );
    await expect(page.getByRole('img', { name: /Code QR/ })).toBeVisible();
    const secret = (
      (await page.locator('#mfa-secret').textContent()) ?? ''
    ).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const authenticator = new Authenticator(secret);
    const code = page.getByLabel('Code de l’application');
    await tabTo(page, code);
    await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(code).toHaveAttribute('inputmode', 'numeric');

    // A wrong code is refused, on the field, and the focus stays there.
    await page.keyboard.type(wrongCode(secret));
    await page.keyboard.press('Enter');
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await expectActiveElement(code);

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(await authenticator.nextCode());
    await page.keyboard.press('Enter');

    // The recovery codes, once.
    await expectActiveElement(
      page.getByRole('heading', { name: 'Enregistrez vos codes de secours' }),
    );
    await expect(
      page
        .getByRole('list', { name: 'Vos codes de secours' })
        .getByRole('listitem'),
    ).toHaveCount(10);
    await tabTo(page, page.getByRole('button', { name: 'Continuer' }));
    await page.keyboard.press('Enter');
    const saved = page.getByRole('checkbox', {
      name: 'J’ai enregistré mes codes de secours',
    });
    await expectActiveElement(saved);
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Continuer' }));
    await page.keyboard.press('Enter');

    // Enrolled: the screen she came for opens (the enrolment answer brings
    // a session with the second factor).
    await expect(page).toHaveURL(new RegExp(`${MODERATION}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Profils à vérifier',
    );

    // Logged out, the password alone no longer opens a session; the code does.
    await logOut(page);
    await openLogin(page);
    await enterPassword(page, MODERATOR.login, MODERATOR.password);
    await expectActiveElement(
      page.getByRole('heading', { name: 'Vérification en deux étapes' }),
    );
    expect(
      (await page.context().cookies()).map(({ name }) => name),
    ).not.toContain('auth_token');
    await page
      .getByLabel('Code de l’application')
      .fill(await authenticator.nextCode());
    await page.getByRole('button', { name: 'Vérifier' }).click();

    await expect(page).toHaveURL(new RegExp(`${MODERATION}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Profils à vérifier',
    );
  });

  test('a member’s recovery code works once', async ({ page }) => {
    const codes = await enrolAwaThroughApi();
    const useRecoveryCode = async (code: string) => {
      await openLogin(page, DEMO_COMPANY_PATH);
      await enterPassword(page, DEMO_MEMBER, DEMO_PASSWORD);
      await page
        .getByRole('button', { name: 'Utiliser un code de secours' })
        .click();
      const field = page.getByLabel('Code de secours');
      await expectActiveElement(field);
      await field.fill(code);
      await page.getByRole('button', { name: 'Vérifier' }).click();
      return field;
    };

    await useRecoveryCode(codes[0]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      COMPANY_TITLE,
    );
    await logOut(page);

    const field = await useRecoveryCode(codes[0]);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/login/);

    await field.fill(codes[1]);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      COMPANY_TITLE,
    );
  });

  test('after failed attempts the login asks for the captcha, then locks', async ({
    page,
  }) => {
    const failed = page.getByRole('alert').filter({
      hasText: 'Échec de la connexion',
    });
    await openLogin(page, DEMO_COMPANY_PATH);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await tryPassword(page, `not-the-password-${attempt}`);
      await expect(failed).toBeVisible();
      await expectActiveElement(page.getByLabel('Mot de passe'));
    }

    // The third failure brings the anti-robot check; the browser solves it,
    // and a solution opens one try only: each failure asks for a new one.
    await expect(captchaBox(page)).toBeVisible();
    for (let attempt = 4; attempt <= 5; attempt += 1) {
      await expectCaptchaSolved(page);
      const nextChallenge = page.waitForResponse(isCaptchaChallenge);
      await tryPassword(page, `not-the-password-${attempt}`);
      await expect(failed).toBeVisible();
      await nextChallenge;
    }

    // Five failures lock the account, even for the right password.
    await expectCaptchaSolved(page);
    await tryPassword(page, DEMO_PASSWORD);
    await expect(
      page.getByRole('alert').filter({
        hasText: 'la connexion est bloquée pendant 15 minutes',
      }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    // Awa hears of it.
    await newestMailTo(AWA_EMAIL, /connexion bloquée/);
  });

  test('the right password after failures still logs in, captcha solved', async ({
    page,
  }) => {
    await openLogin(page, DEMO_COMPANY_PATH);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await tryPassword(page, `not-the-password-${attempt}`);
    }
    await expectCaptchaSolved(page);
    await tryPassword(page, DEMO_PASSWORD);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      COMPANY_TITLE,
    );
  });

  test(
    'the enrolment page and the code step have no accessibility violation',
    { tag: '@a11y' },
    async ({ page }, testInfo) => {
      await addModerator();
      await openLogin(page);
      await enterPassword(page, MODERATOR.login, MODERATOR.password);
      await expect(page).toHaveURL(MFA_PAGE);
      await expect(page.getByText(/Votre rôle sur Tremplin/)).toBeVisible();
      await expectNoA11yViolations(page, testInfo);

      await page
        .getByRole('button', {
          name: 'Configurer une application d’authentification (recommandé)',
        })
        .click();
      await expect(page.getByRole('img', { name: /Code QR/ })).toBeVisible();
      await expectNoA11yViolations(page, testInfo);

      await page.context().clearCookies();
      await enrolAwaThroughApi();
      await openLogin(page, DEMO_COMPANY_PATH);
      await enterPassword(page, DEMO_MEMBER, DEMO_PASSWORD);
      await expect(page.getByLabel('Code de l’application')).toBeVisible();
      await expectNoA11yViolations(page, testInfo);
    },
  );
});

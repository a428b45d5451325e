import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from '../../../helpers/a11y';
import { loginAs } from '../../../helpers/auth';
import {
  DEMO_COMPANY_PATH,
  DEMO_MEMBER,
  DEMO_MODERATOR,
} from '../../../helpers/env';
import { expect, test } from '../../../helpers/fixtures';
import { expectActiveElement, tabTo } from '../../../helpers/keyboard';
import { Authenticator, enrolTotp } from '../../../helpers/mfa';
import {
  OIDC_PROVIDER_TITLE,
  PROVIDER_ACCOUNTS,
  configureDirectoryProvider,
  expectProviderForm,
  signInAtProvider,
} from '../../../helpers/oidc';

const COMPANY_TITLE = 'Délices Tropicaux du Sénégal';
const MODERATION = '/fr/moderation';
const SECURITY_PAGE = '/fr/security/mfa';

/**
 * A text of the external login pages, French or (until `make i18n` fills
 * the French catalogue with /work/plan's translations) the English source.
 */
function either(french: string, english: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(?:${escape(french)}|${escape(english)})$`);
}

const CONTINUE_WITH = either(
  `Continuer avec ${OIDC_PROVIDER_TITLE}`,
  `Continue with ${OIDC_PROVIDER_TITLE}`,
);
const LINK_WITH = either(
  `Lier un compte ${OIDC_PROVIDER_TITLE}`,
  `Link a ${OIDC_PROVIDER_TITLE} account`,
);
const UNLINK = either(
  `Délier ${OIDC_PROVIDER_TITLE}`,
  `Unlink ${OIDC_PROVIDER_TITLE}`,
);
const NONE_LINKED = either(
  'Aucun compte externe n’est lié à votre compte Tremplin.',
  'No external account is linked to your Tremplin account.',
);

/** The names of the browser's cookies. */
const cookieNames = (page: Page) => async () =>
  (await page.context().cookies()).map(({ name }) => name);

/** Opens the login page as a link back to `path` would. */
async function openLogin(page: Page, path: string) {
  await page.goto(`/fr/login?return_url=${encodeURIComponent(path)}`);
  await expect(page.getByLabel('Adresse e-mail ou identifiant')).toBeVisible();
}

/** Chooses the directory on the login page, by keyboard. */
async function continueWithDirectory(page: Page) {
  const button = page.getByRole('button', { name: CONTINUE_WITH });
  // The login page asks which providers there are once it is shown.
  await expect(button).toBeVisible();
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await expectProviderForm(page);
}

async function logOut(page: Page) {
  await page.goto('/logout');
  await expect(
    page.getByRole('banner').getByRole('link', { name: 'Se connecter' }),
  ).toBeVisible();
  await expect.poll(cookieNames(page)).not.toContain('auth_token');
}

/**
 * On her security page (signed in already), links her directory account:
 * the button, the provider's form, and the way back to the page.
 */
async function linkDirectoryAccount(
  page: Page,
  account: (typeof PROVIDER_ACCOUNTS)[keyof typeof PROVIDER_ACCOUNTS],
) {
  await page.goto(SECURITY_PAGE);
  const section = page.getByRole('region', {
    name: either('Comptes externes', 'External accounts'),
  });
  await expect(section.getByText(NONE_LINKED)).toBeVisible();
  await tabTo(page, section.getByRole('button', { name: LINK_WITH }));
  await page.keyboard.press('Enter');
  await signInAtProvider(page, account);

  await expect(page).toHaveURL(new RegExp(`${SECURITY_PAGE}$`));
  const confirmation = section.getByRole('status').filter({
    hasText: either(
      `Votre compte ${OIDC_PROVIDER_TITLE} est lié : vous pouvez désormais vous connecter avec lui.`,
      `Your ${OIDC_PROVIDER_TITLE} account is linked: you can now log in with it.`,
    ),
  });
  await expect(confirmation).toBeVisible();
  await expect(
    section
      .getByRole('list', { name: either('Comptes liés', 'Linked accounts') })
      .getByText(account.email),
  ).toBeVisible();
  return section;
}

test.describe('external login (Annuaire OIF)', () => {
  test.beforeEach(async () => {
    await configureDirectoryProvider();
  });

  test('a newcomer signs in with the directory and is a Guest', async ({
    page,
  }, testInfo) => {
    await openLogin(page, '/fr');
    await continueWithDirectory(page);
    await signInAtProvider(page, PROVIDER_ACCOUNTS.newcomer);

    // A new account, signed in, told what it may do.
    const welcome = page.getByRole('heading', {
      level: 1,
      name: either('Bienvenue sur Tremplin', 'Welcome to Tremplin'),
    });
    await expectActiveElement(welcome);
    await expect(
      page.getByText(/pas encore vérifié|not verified yet/),
    ).toBeVisible();
    await expect.poll(cookieNames(page)).toContain('auth_token');
    await expectNoA11yViolations(page, testInfo);
    await page
      .getByRole('main')
      .getByRole('link', { name: either('Continuer', 'Continue') })
      .click();
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.locator('#toolbar')).toBeVisible();

    // A Guest: no verified member's pages, no moderation.
    const refused = await page.goto(DEMO_COMPANY_PATH);
    expect(refused?.status()).toBe(401);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Accès réservé',
    );
    await expect(page.getByLabel('Mot de passe')).toHaveCount(0);
    await page.goto(MODERATION);
    await expect(
      page.getByText(
        'Seuls les modérateurs et les administrateurs peuvent vérifier les profils.',
      ),
    ).toBeVisible();
  });

  test('Awa links her directory account, signs in with it, then unlinks it', async ({
    page,
  }, testInfo) => {
    await loginAs(page, DEMO_MEMBER);
    const section = await linkDirectoryAccount(page, PROVIDER_ACCOUNTS.awa);
    await expectNoA11yViolations(page, testInfo);

    // Signed out, the directory opens her own account.
    await logOut(page);
    await openLogin(page, DEMO_COMPANY_PATH);
    await continueWithDirectory(page);
    await signInAtProvider(page, PROVIDER_ACCOUNTS.awa);
    await expect(page).toHaveURL(new RegExp(`${DEMO_COMPANY_PATH}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      COMPANY_TITLE,
    );

    // Unlinking asks first; cancelling keeps the link.
    await page.goto(SECURITY_PAGE);
    const unlink = section.getByRole('button', { name: UNLINK });
    await unlink.click();
    const dialog = page.getByRole('dialog');
    await expect(
      dialog.getByText(
        either(
          `Délier votre compte ${OIDC_PROVIDER_TITLE} ? Vous ne pourrez plus vous connecter à Tremplin avec lui.`,
          `Unlink your ${OIDC_PROVIDER_TITLE} account? You will no longer be able to log in to Tremplin with it.`,
        ),
      ),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expectActiveElement(unlink);

    await page.keyboard.press('Enter');
    await dialog
      .getByRole('button', { name: either('Délier', 'Unlink') })
      .click();
    await expect(section.getByText(NONE_LINKED)).toBeVisible();
    await expect(section.getByRole('status')).toHaveText(
      either(
        `Votre compte ${OIDC_PROVIDER_TITLE} n’est plus lié.`,
        `Your ${OIDC_PROVIDER_TITLE} account is no longer linked.`,
      ),
    );
  });

  test('a moderator signing in with a linked account still gives her code', async ({
    page,
  }) => {
    const authenticator = new Authenticator(await enrolTotp(DEMO_MODERATOR));
    await loginAs(page, DEMO_MODERATOR);
    await linkDirectoryAccount(page, PROVIDER_ACCOUNTS.moderator);
    await logOut(page);

    await openLogin(page, MODERATION);
    await continueWithDirectory(page);
    await signInAtProvider(page, PROVIDER_ACCOUNTS.moderator);

    // The directory vouches for who she is, not for her second factor.
    await expectActiveElement(
      page.getByRole('heading', { name: 'Vérification en deux étapes' }),
    );
    expect(await cookieNames(page)()).not.toContain('auth_token');
    const code = page.getByLabel('Code de l’application');
    await tabTo(page, code);
    await page.keyboard.type(await authenticator.nextCode());
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(new RegExp(`${MODERATION}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Profils à vérifier',
    );
  });

  test('an address already used on Tremplin is not linked by itself', async ({
    page,
  }, testInfo) => {
    await openLogin(page, DEMO_COMPANY_PATH);
    await continueWithDirectory(page);
    await signInAtProvider(page, PROVIDER_ACCOUNTS.awasAddress);

    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      either(
        'Un compte Tremplin utilise déjà cette adresse. Connectez-vous avec votre mot de passe, puis liez ce compte externe depuis la page Sécurité du compte.',
        'A Tremplin account already uses this address. Log in with your password, then link this external account from the account security page.',
      ),
    );
    await expect.poll(cookieNames(page)).not.toContain('auth_token');
    await expectNoA11yViolations(page, testInfo);
    await page
      .getByRole('link', {
        name: either('Retour à la page de connexion', 'Back to the login page'),
      })
      .click();
    await expect(page).toHaveURL(
      `/fr/login?return_url=${encodeURIComponent(DEMO_COMPANY_PATH)}`,
    );

    // Cancelling at the directory changes nothing either.
    await continueWithDirectory(page);
    await page.getByRole('button', { name: 'Annuler', exact: true }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      either(
        `Vous avez annulé la connexion chez ${OIDC_PROVIDER_TITLE}. Rien n’a été modifié.`,
        `You cancelled the login at ${OIDC_PROVIDER_TITLE}. Nothing was changed.`,
      ),
    );
  });
});

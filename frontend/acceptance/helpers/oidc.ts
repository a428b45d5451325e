import { expect, type Page } from '@playwright/test';
import { apiToken } from './auth';
import { BACKEND_URL, DEMO_ADMINISTRATOR, FRONTEND_URL } from './env';
import { inFreshContext } from './mfa';

/**
 * The loopback OpenID Connect provider of the browser tests
 * (oif.tremplin.security.external.testing.provider, started by
 * playwright.config.ts) and its accounts. The journeys that need it make
 * it the site's provider `oif`, "Annuaire OIF", client `tremplin` with this
 * secret, through the authomatic control panel as an administrator would
 * (configureDirectoryProvider); the other specs see no external login.
 */
export const OIDC_PORT = Number(process.env.TREMPLIN_OIDC_PORT ?? 55096);
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const OIDC_PROVIDER_ID = 'oif';
export const OIDC_PROVIDER_TITLE = 'Annuaire OIF';
export const OIDC_CLIENT_ID = 'tremplin';
export const OIDC_CLIENT_SECRET =
  process.env.TREMPLIN_OIDC_CLIENT_SECRET ?? 'Client-Secret-Acceptance-2026';
/** pas.plugins.authomatic's redirect URI: `<publicUrl>/login-authomatic/<id>`. */
export const OIDC_REDIRECT_URI = `${FRONTEND_URL}/login-authomatic/${OIDC_PROVIDER_ID}`;
export const PROVIDER_PASSWORD = 'Secret-Provider-2026';

export interface ProviderAccount {
  username: string;
  email: string;
  fullname: string;
}

/** People with an account at the directory, none of them linked at first. */
export const PROVIDER_ACCOUNTS = {
  /** Nobody on Tremplin has her address: her first sign-in makes a Guest. */
  newcomer: {
    username: 'aminata.ext',
    email: 'aminata.diallo@annuaire-oif.test',
    fullname: 'Aminata Diallo',
  },
  /** Awa (demo member) at the directory, under another address. */
  awa: {
    username: 'awa.ext',
    email: 'awa.ndiaye@annuaire-oif.test',
    fullname: 'Awa Ndiaye',
  },
  /** The demo moderator at the directory. */
  moderator: {
    username: 'moderateur.ext',
    email: 'moderateur@annuaire-oif.test',
    fullname: 'Fatou Diallo',
  },
  /** Someone whose directory address is Awa's Tremplin address. */
  awasAddress: {
    username: 'awa.courriel',
    email: 'awa.ndiaye@demo.tremplin.test',
    fullname: 'Awa Ndiaye',
  },
} satisfies Record<string, ProviderAccount>;

/** The provider's command line, run from acceptance/ with the backend's venv. */
export function providerCommand(): string {
  const users = Object.values(PROVIDER_ACCOUNTS).map(
    ({ username, email, fullname }) =>
      `--user '${username}:${PROVIDER_PASSWORD}:${email}:${fullname}'`,
  );
  return [
    '../../backend/.venv/bin/python -m',
    'oif.tremplin.security.external.testing.provider',
    `--port ${OIDC_PORT}`,
    `--client-id ${OIDC_CLIENT_ID}`,
    `--client-secret '${OIDC_CLIENT_SECRET}'`,
    `--redirect-uri ${OIDC_REDIRECT_URI}`,
    ...users,
  ].join(' ');
}

/** pas.plugins.authomatic's entry for the provider (our OpenID Connect class). */
export function providerConfig(): Record<string, unknown> {
  return {
    [OIDC_PROVIDER_ID]: {
      id: 1,
      class_: 'oif.tremplin.security.external.oidc.OpenIDConnect',
      issuer: OIDC_ISSUER,
      consumer_key: OIDC_CLIENT_ID,
      consumer_secret: OIDC_CLIENT_SECRET,
      display: { title: OIDC_PROVIDER_TITLE },
      propertymap: { email: 'email', name: 'fullname' },
    },
  };
}

/**
 * The site administrator configures the directory in the external login's
 * control panel (@controlpanels/authomatic), as docs/admin describes: the
 * database is reset around every test, and this makes the site's client
 * secret the one the provider was started with, whatever the layer says.
 */
export function configureDirectoryProvider(): Promise<void> {
  return inFreshContext(async (request) => {
    const token = await apiToken(request, DEMO_ADMINISTRATOR);
    const response = await request.patch(
      `${BACKEND_URL}/@controlpanels/authomatic`,
      {
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${token}`,
        },
        data: { json_config: JSON.stringify(providerConfig()) },
      },
    );
    expect(response.ok(), await response.text()).toBe(true);
  });
}

/** Waits for the provider's sign-in form (the browser left Tremplin). */
export async function expectProviderForm(page: Page): Promise<void> {
  await expect(page).toHaveURL(
    (url) => url.origin === OIDC_ISSUER && url.pathname === '/authorize',
  );
  await expect(page.getByLabel('Identifiant')).toBeVisible();
}

/**
 * Signs in at the provider's form as `account`, as a person does (the
 * browser must be on it); the provider then sends the browser back.
 */
export async function signInAtProvider(
  page: Page,
  account: ProviderAccount,
  password = PROVIDER_PASSWORD,
): Promise<void> {
  await expectProviderForm(page);
  await page.getByLabel('Identifiant').fill(account.username);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
}

import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from '../../helpers/a11y';
import { loginAs } from '../../helpers/auth';
import { DEMO_MEMBER } from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';
import { createGuest } from '../../helpers/members';
import {
  NARROW_VIEWPORT,
  expectNoHorizontalScrolling,
} from '../../helpers/reflow';

/**
 * The directory page of each language (backend: the directory pages with
 * the directory_view layout) and what a member reads on it. Three demo
 * companies are agrifood companies in Côte d'Ivoire; only Cacao Ivoire
 * Excellence has the tag cacao / cocoa, and the OIF recommends it.
 */
const PAGES = {
  fr: {
    path: '/fr/annuaire',
    sectors: "Secteur d'activité",
    agrifood: /^Agroalimentaire \(\d+\)$/,
    countries: 'Pays',
    tags: 'Mots-clés',
    tag: /^cacao \(\d+\)$/,
    threeFound: '3 profils trouvés',
    oneFound: '1 profil trouvé',
    recommendedFirst: "Recommandés par l'OIF d'abord",
    recommended: "Recommandé par l'OIF",
  },
  en: {
    path: '/en/directory',
    sectors: 'Sector',
    agrifood: /^Agrifood \(\d+\)$/,
    countries: 'Country',
    tags: 'Keywords',
    tag: /^cocoa \(\d+\)$/,
    threeFound: '3 profiles found',
    oneFound: '1 profile found',
    recommendedFirst: 'Recommended by the OIF first',
    recommended: 'Recommended by the OIF',
  },
};

const COTE_D_IVOIRE = /^C[ôo]te d.Ivoire \(\d+\)$|^Ivory Coast \(\d+\)$/;
const CACAO = 'Cacao Ivoire Excellence';
const CI_AGRIFOOD = [
  'Anacarde du Zanzan',
  'Cacao Ivoire Excellence',
  'Karité des Savanes',
];

const results = (page: Page) =>
  page.getByRole('region', { name: /^(Résultats|Results)$/ });
const resultNames = (page: Page) =>
  results(page).getByRole('article').getByRole('heading');

/** Watches the page's requests to the directory API. */
function directoryRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('@tremplin-directory')) {
      urls.push(request.url());
    }
  });
  return urls;
}

for (const [language, text] of Object.entries(PAGES)) {
  test(`a member narrows the directory down and comes back from a profile (${language})`, async ({
    page,
  }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(text.path);
    await expect(page.getByRole('status')).toHaveText(/\d+/);

    await page
      .getByRole('group', { name: text.sectors })
      .getByRole('checkbox', { name: text.agrifood })
      .check();
    await expect(page).toHaveURL(/[?&]sector=agrifood/);
    await page
      .getByRole('group', { name: text.countries })
      .getByRole('checkbox', { name: COTE_D_IVOIRE })
      .check();
    await expect(page).toHaveURL(/[?&]country=CI/);
    await expect(page.getByRole('status')).toHaveText(text.threeFound);
    await expect(resultNames(page)).toHaveText(CI_AGRIFOOD);

    // The OIF's recommendation comes first when asked for, and says so.
    await page.getByRole('checkbox', { name: text.recommendedFirst }).check();
    await expect(page).toHaveURL(/[?&]recommended_first=true/);
    await expect(resultNames(page).first()).toHaveText(CACAO);
    await expect(results(page).getByRole('article').first()).toContainText(
      text.recommended,
    );

    await page
      .getByRole('group', { name: text.tags })
      .getByRole('checkbox', { name: text.tag })
      .check();
    await expect(page.getByRole('status')).toHaveText(text.oneFound);
    await expect(resultNames(page)).toHaveText([CACAO]);
    const filtered = page.url();

    await results(page).getByRole('link', { name: CACAO }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CACAO);

    await page.goBack();
    expect(page.url()).toBe(filtered);
    await expect(page.getByRole('status')).toHaveText(text.oneFound);
    await expect(resultNames(page)).toHaveText([CACAO]);
    await expect(
      page
        .getByRole('group', { name: text.tags })
        .getByRole('checkbox', { name: text.tag }),
    ).toBeChecked();
    await expect(
      page
        .getByRole('group', { name: text.countries })
        .getByRole('checkbox', { name: COTE_D_IVOIRE }),
    ).toBeChecked();

    // One step further back: before the tag.
    await page.goBack();
    await expect(page.getByRole('status')).toHaveText(text.threeFound);
    await expect(
      page
        .getByRole('group', { name: text.tags })
        .getByRole('checkbox', { name: text.tag }),
    ).not.toBeChecked();
  });
}

test('a shared link gives the same search, and the text search narrows it', async ({
  page,
}) => {
  await loginAs(page, DEMO_MEMBER);
  await page.goto('/fr/annuaire?sector=agrifood&country=CI');
  await expect(page.getByRole('status')).toHaveText('3 profils trouvés');

  const search = page.getByRole('search', {
    name: "Rechercher dans l'annuaire",
  });
  await search
    .getByRole('searchbox', { name: "Rechercher dans l'annuaire" })
    .fill('karité');
  await search.getByRole('button', { name: 'Rechercher' }).click();

  await expect(page).toHaveURL(/[?&]q=karit%C3%A9/);
  await expect(page.getByRole('status')).toHaveText('1 profil trouvé');
  await expect(resultNames(page)).toHaveText(['Karité des Savanes']);
});

test('anonymous visitors are asked to sign in and get no result', async ({
  page,
}) => {
  const requests = directoryRequests(page);
  await page.goto('/fr/annuaire?sector=agrifood');

  await expect(
    page.getByRole('heading', {
      name: "Connectez-vous pour consulter l'annuaire",
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('main').getByRole('link', { name: 'Se connecter' }),
  ).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);
  expect(requests).toEqual([]);
});

test('a Guest learns that her account is being verified', async ({
  page,
  request,
}) => {
  const guest = await createGuest(request);
  await loginAs(page, guest);
  const requests = directoryRequests(page);
  await page.goto('/fr/annuaire');

  await expect(
    page.getByRole('heading', {
      name: 'Votre compte est en cours de vérification',
    }),
  ).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);
  expect(requests).toEqual([]);
});

test('fits a 320 px wide screen', async ({ page }) => {
  await page.setViewportSize(NARROW_VIEWPORT);
  await loginAs(page, DEMO_MEMBER);
  await page.goto('/fr/annuaire?sector=agrifood');
  await expect(page.getByRole('status')).toHaveText(/\d+ profils? trouvés?/);

  await expectNoHorizontalScrolling(page);
});

test(
  'has no accessibility violation, for members and visitors',
  { tag: '@a11y' },
  async ({ page }, testInfo) => {
    await page.goto('/fr/annuaire');
    await expect(
      page.getByRole('heading', {
        name: "Connectez-vous pour consulter l'annuaire",
      }),
    ).toBeVisible();
    await expectNoA11yViolations(page, testInfo);

    await loginAs(page, DEMO_MEMBER);
    await page.goto('/fr/annuaire?sector=agrifood');
    await expect(page.getByRole('status')).toHaveText(/\d+ profils? trouvés?/);
    await expect(page.getByRole('article').first()).toBeVisible();
    await expectNoA11yViolations(page, testInfo);
  },
);

import { expectNoA11yViolations } from '../../helpers/a11y';
import { apiToken, loginAs } from '../../helpers/auth';
import { pngFile } from '../../helpers/documents';
import {
  BACKEND_URL,
  DEMO_COMPANY_ENGLISH_PATH,
  DEMO_COMPANY_PATH,
  DEMO_MEMBER,
  OTHER_MEMBER,
} from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';
import type { APIRequestContext, Page } from '@playwright/test';

const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const OTHER_VIDEO = 'https://video.example.org/delices-tropicaux-presentation';
const PHOTO = 'Atelier de séchage des mangues';

/** A REST call on the backend as `username` (JWT, as Volto sends it). */
async function asMember(
  request: APIRequestContext,
  username: string,
  method: 'get' | 'patch' | 'post',
  path: string,
  data?: unknown,
) {
  const token = await apiToken(request, username);
  const response = await request[method](`${BACKEND_URL}${path}`, {
    headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
    data,
  });
  expect(
    response.ok(),
    `${method} ${path}: ${response.status()} ${await response.text()}`,
  ).toBeTruthy();
  return response;
}

/** Awa gives her company a YouTube video, another video link and a photo. */
async function addMedia(request: APIRequestContext): Promise<void> {
  await asMember(request, DEMO_MEMBER, 'patch', DEMO_COMPANY_PATH, {
    video_links: [YOUTUBE, OTHER_VIDEO],
  });
  await asMember(request, DEMO_MEMBER, 'post', DEMO_COMPANY_PATH, {
    '@type': 'Image',
    title: PHOTO,
    image: {
      data: pngFile().toString('base64'),
      encoding: 'base64',
      filename: 'atelier.png',
      'content-type': 'image/png',
    },
  });
}

/** The completeness progress bar of the profile page. */
const completenessBar = (page: Page) => page.getByRole('progressbar');

/** The <dd> that follows the <dt> labelled `label`. */
const valueOf = (page: Page, label: string) =>
  page
    .locator('.profile-field', {
      has: page.locator('dt', { hasText: label }),
    })
    .locator('dd');

test.describe('company page', () => {
  test('shows a demo member the company and its fields', async ({ page }) => {
    await loginAs(page, DEMO_MEMBER);
    await page.goto(DEMO_COMPANY_PATH);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Délices Tropicaux du Sénégal',
    );
    await expect(valueOf(page, 'Pays')).toHaveText('Sénégal');
    await expect(valueOf(page, 'Ville')).toHaveText('Dakar');
    await expect(valueOf(page, "Secteurs d'activité")).toHaveText(
      'Agroalimentaire',
    );
    await expect(valueOf(page, "Numéro d'immatriculation")).toHaveText(
      'SN-DKR-2014-B-10234',
    );
    // The missions table is named by its heading.
    await expect(
      page
        .getByRole('table', { name: 'Missions suivies' })
        .getByRole('row', { name: /2024/ }),
    ).toContainText('Canada');
  });

  test('asks anonymous visitors to log in', async ({ page }) => {
    const response = await page.goto(DEMO_COMPANY_PATH);

    expect(response?.status()).toBe(401);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Connectez-vous pour continuer',
    );
    await expect(page).toHaveTitle('Connectez-vous pour continuer');
    await expect(page.getByLabel('Identifiant')).toBeVisible();
    await expect(page.getByLabel('Mot de passe')).toBeVisible();
    await expect(page.getByText('Délices Tropicaux du Sénégal')).toHaveCount(0);
  });

  test(
    'has no accessibility violation, for visitors and members, in French and English',
    {
      tag: '@a11y',
    },
    async ({ page }, testInfo) => {
      await page.goto(DEMO_COMPANY_PATH);
      await expect(page.getByLabel('Identifiant')).toBeVisible();
      await expectNoA11yViolations(page, testInfo);

      await loginAs(page, DEMO_MEMBER);
      await page.goto(DEMO_COMPANY_PATH);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoA11yViolations(page, testInfo);

      await page.goto(DEMO_COMPANY_ENGLISH_PATH);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(
        page.getByRole('heading', { name: 'Company identity' }),
      ).toBeVisible();
      await expectNoA11yViolations(page, testInfo);
    },
  );

  test('shows the owner how complete her profile is, with links to the form', async ({
    page,
  }) => {
    const expected = await (
      await asMember(
        page.request,
        DEMO_MEMBER,
        'get',
        `${DEMO_COMPANY_PATH}/@tremplin-completeness`,
      )
    ).json();
    expect(expected.missing.length).toBeGreaterThan(0);
    await loginAs(page, DEMO_MEMBER);
    await page.goto(DEMO_COMPANY_PATH);

    const bar = completenessBar(page);
    await expect(bar).toHaveAttribute('aria-valuenow', String(expected.score));
    await expect(bar).toHaveAccessibleName(/.+/);
    const indicator = page.getByRole('region').filter({ has: bar });
    const links = indicator.getByRole('link');
    await expect(links).toHaveCount(expected.missing.length);
    await expect(links.first()).toContainText(expected.missing[0].title);

    await links.first().click();
    await expect(page).toHaveURL(`${DEMO_COMPANY_PATH}/edit`);
  });

  test('shows another member no completeness and asks none', async ({
    page,
  }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('@tremplin-completeness')) {
        asked.push(request.url());
      }
    });
    await loginAs(page, OTHER_MEMBER);
    await page.goto(DEMO_COMPANY_PATH);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Délices Tropicaux du Sénégal',
    );
    await page.waitForLoadState('networkidle');
    await expect(completenessBar(page)).toHaveCount(0);
    expect(asked).toEqual([]);
  });

  test('embeds YouTube videos in titled frames and shows the photos', async ({
    page,
  }) => {
    await addMedia(page.request);
    await loginAs(page, OTHER_MEMBER);
    await page.goto(DEMO_COMPANY_PATH);

    const player = page.locator('iframe');
    await expect(player).toHaveCount(1);
    await expect(player).toHaveAttribute(
      'src',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    await expect(player).toHaveAttribute(
      'title',
      /Délices Tropicaux du Sénégal \(YouTube\)/,
    );
    await expect(player).toHaveAttribute('loading', 'lazy');
    // Any other video link stays a link.
    await expect(
      page.getByRole('link', { name: /video\.example\.org/ }),
    ).toHaveAttribute('href', OTHER_VIDEO);

    const photo = page.getByRole('img', { name: PHOTO });
    await photo.scrollIntoViewIfNeeded();
    await expect(photo).toBeVisible();
    const full = page.getByRole('link', { name: PHOTO });
    await expect(full).toHaveAttribute('href', /\/@@images\//);
    const image = await page.request.get(
      (await full.getAttribute('href')) as string,
    );
    expect(image.headers()['content-type']).toBe('image/png');

    await expectNoA11yViolations(page);
  });
});

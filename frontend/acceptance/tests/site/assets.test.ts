import { loginAs } from '../../helpers/auth';
import {
  DEMO_ADMINISTRATOR,
  DEMO_COMPANY_PATH,
  FRONTEND_URL,
} from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';

const IMMUTABLE = 'public, max-age=31536000, immutable';

test.describe('assets for a slow phone', () => {
  test('a visitor’s first page comes compressed, its assets cached for a year', async ({
    page,
  }) => {
    const assets: { url: string; headers: Record<string, string> }[] = [];
    page.on('response', (response) => {
      if (/\/static\/.*\.(js|css)$/.test(new URL(response.url()).pathname)) {
        assets.push({ url: response.url(), headers: response.headers() });
      }
    });
    const document = await page.goto('/fr');
    await expect(page.getByRole('main')).toBeVisible();
    expect(['br', 'gzip']).toContain(document!.headers()['content-encoding']);
    // The page may hold a member's data: the browser only, checked again.
    expect(document!.headers()['cache-control']).toBe('private, no-cache');
    expect(assets.length).toBeGreaterThan(1);
    for (const { url, headers } of assets) {
      expect(['br', 'gzip'], url).toContain(headers['content-encoding']);
      expect(headers['cache-control'], url).toBe(IMMUTABLE);
    }
  });

  test('the editing screens load when opened, not with a visitor’s first page', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') {
        scripts.push(new URL(request.url()).pathname);
      }
    });
    await page.goto('/fr');
    await expect(page.getByRole('main')).toBeVisible();
    expect(scripts.filter((path) => path.includes('/volto-'))).toEqual([]);

    await loginAs(page, DEMO_ADMINISTRATOR);
    await page.goto(`${DEMO_COMPANY_PATH}/sharing`);
    await expect(
      page.getByText('Partage pour Délices Tropicaux du Sénégal'),
    ).toBeVisible();
    await expect(
      page.getByRole('checkbox', { name: /Hériter des permissions/ }),
    ).toBeChecked();
    expect(scripts.some((path) => path.includes('/volto-Sharing.'))).toBe(true);
  });

  test('the skip link leads into a page that is not content', async ({
    page,
  }) => {
    await page.goto('/fr/login');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeVisible();
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await skip.focus();
    await page.keyboard.press('Enter');

    const content = page.locator('#view');
    await expect(content).toBeFocused();
    await expect(content).toContainText(await heading.innerText());
  });

  test('brotli goes to browsers that accept it, gzip to the others', async ({
    page,
  }) => {
    await page.goto('/fr');
    const script = await page
      .locator('script[src*="/static/js/client."]')
      .getAttribute('src');
    const url = new URL(script!, FRONTEND_URL).href;
    const brotli = await page.request.get(url, {
      headers: { 'Accept-Encoding': 'br' },
    });
    expect(brotli.headers()['content-encoding']).toBe('br');
    expect(brotli.headers()['content-type']).toMatch(/javascript/);
    const gzip = await page.request.get(url, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(gzip.headers()['content-encoding']).toBe('gzip');
    // Both decode (Playwright decompresses) to the same script.
    expect(await brotli.text()).toBe(await gzip.text());
  });

  test('a missing asset is a short 404, not the site’s page', async ({
    page,
  }) => {
    const missing = await page.request.get(
      `${FRONTEND_URL}/static/js/client.00000000.js`,
    );
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toBe('Not found');
  });
});

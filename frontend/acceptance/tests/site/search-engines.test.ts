import { loginAs } from '../../helpers/auth';
import {
  DEMO_COMPANY_PATH,
  DEMO_MEMBER,
  FRONTEND_URL,
} from '../../helpers/env';
import { expect, test } from '../../helpers/fixtures';

const MEMBER_AREAS =
  /^\/(fr\/entreprises|en\/companies|fr\/experts|en\/experts)\//;

/** The paths a sitemap lists. */
function pathsIn(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    ([, url]) => new URL(url.replace(/&amp;/g, '&')).pathname,
  );
}

test.describe('search engines', () => {
  test('robots.txt closes the member areas and points to the sitemap', async ({
    page,
  }) => {
    const answer = await page.request.get(`${FRONTEND_URL}/robots.txt`);
    expect(answer.status()).toBe(200);
    const text = await answer.text();
    expect(text).toContain('User-agent: *');
    expect(text).toContain('Disallow: /fr/entreprises/');
    expect(text).toMatch(/^Sitemap: .+\/sitemap\.xml$/m);
  });

  test('public pages describe themselves; members-only pages are noindex', async ({
    page,
  }) => {
    // What a crawler reads: the server's HTML, without running scripts.
    const head = async (path: string) => {
      const html = await (
        await page.request.get(`${FRONTEND_URL}${path}`)
      ).text();
      const meta = (name: string) =>
        html.match(new RegExp(`<meta[^>]*name="${name}"[^>]*>`))?.[0] ?? '';
      return { description: meta('description'), robots: meta('robots') };
    };

    const login = await head('/fr/login');
    expect(login.description).toContain(
      'Connectez-vous avec l’adresse e-mail de votre compte Tremplin.',
    );
    expect(login.robots).toBe('');
    expect((await head('/fr/register')).description).toContain(
      'Tremplin est réservé aux entreprises et experts vérifiés.',
    );
    // A member's page asks a visitor to log in, and asks robots to pass.
    expect((await head(DEMO_COMPANY_PATH)).robots).toContain('noindex');
    expect((await head('/fr/search?SearchableText=cacao')).robots).toContain(
      'noindex',
    );
  });

  test('the sitemap lists public pages only, even for a signed-in member', async ({
    page,
  }) => {
    const visitor = pathsIn(
      await (await page.request.get(`${FRONTEND_URL}/sitemap.xml`)).text(),
    );
    expect(visitor.length).toBeGreaterThan(0);
    expect(visitor.filter((path) => MEMBER_AREAS.test(path))).toEqual([]);
    expect(visitor).not.toContain(DEMO_COMPANY_PATH);

    // Awa may read her company; the sitemap still does not list it.
    await loginAs(page, DEMO_MEMBER);
    await page.goto(DEMO_COMPANY_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Délices Tropicaux du Sénégal',
    );
    const member = await page.request.get(`${FRONTEND_URL}/sitemap.xml`);
    expect(member.status()).toBe(200);
    expect(pathsIn(await member.text())).toEqual(visitor);
  });
});

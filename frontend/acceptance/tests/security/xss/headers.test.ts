import { loginAs } from '../../../helpers/auth';
import {
  DEMO_COMPANY_PATH,
  DEMO_MEMBER,
  FRONTEND_URL,
} from '../../../helpers/env';
import { expect, test } from '../../../helpers/fixtures';
import { expectNothingRan, watchForScripts } from './watch';

/** The directives of a CSP header, as {name: [sources]}. */
function directivesOf(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

test.describe('security headers of the Volto server', () => {
  test('a page allows only its own scripts, with this response’s nonce', async ({
    page,
  }) => {
    const response = await page.goto('/fr');
    const headers = response!.headers();
    const csp = directivesOf(headers['content-security-policy']);
    const nonce = /^'nonce-(.+)'$/.exec(csp['script-src'][1])?.[1];
    expect(csp['script-src']).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['worker-src']).toEqual(["'self'", 'blob:']);

    // Volto's two inline scripts carry it; nothing else inline does.
    const html = await response!.text();
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)]
      .map(([, attributes]) => attributes)
      .filter((attributes) => !attributes.includes('application/json'));
    expect(inline).toEqual([
      ` nonce="${nonce}"`,
      ` nonce="${nonce}" charSet="UTF-8"`,
    ]);

    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['permissions-policy']).toContain('geolocation=()');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    // Plain HTTP here: no HSTS (a browser would ignore it anyway).
    expect(headers['strict-transport-security']).toBeUndefined();

    // A new response, a new nonce.
    const again = await page.request.get(`${FRONTEND_URL}/fr`);
    expect(again.headers()['content-security-policy']).not.toContain(nonce);
  });

  test('HSTS is sent when the TLS proxy says the request came over HTTPS', async ({
    request,
  }) => {
    const response = await request.get(`${FRONTEND_URL}/fr`, {
      headers: { 'X-Forwarded-Proto': 'https' },
    });
    expect(response.headers()['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(response.headers()['content-security-policy']).toContain(
      'upgrade-insecure-requests',
    );
  });

  test('static files and error pages have them too', async ({ request }) => {
    for (const path of ['/favicon.ico', '/fr/no-such-page-here']) {
      const response = await request.get(`${FRONTEND_URL}${path}`);
      expect(response.headers()['x-content-type-options'], path).toBe(
        'nosniff',
      );
      expect(response.headers()['content-security-policy'], path).toContain(
        "frame-ancestors 'none'",
      );
    }
  });

  test('the policy blocks nothing Volto needs', async ({ page }) => {
    const dialogs = await watchForScripts(page);
    // A visitor: the home page, then the anti-spam check of the password
    // reset form, which solves its proof of work in a blob: Web Worker.
    // (goto waits for the load event: every script of the page has run.)
    await page.goto('/fr');
    await expectNothingRan(page, dialogs);
    await page.goto('/fr/password-reset');
    await expect(page.locator('.tremplin-captcha')).toHaveAttribute(
      'data-state',
      'verified',
      { timeout: 30_000 },
    );
    await expectNothingRan(page, dialogs);

    // A member: her company, then its edit form (hydrated: its tabs work).
    await loginAs(page, DEMO_MEMBER);
    await page.goto(DEMO_COMPANY_PATH);
    await expect(page.locator('#toolbar')).toBeVisible();
    await page.getByRole('link', { name: 'Modifier', exact: true }).click();
    const tab = page.getByRole('tab', { name: 'Activité' });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expectNothingRan(page, dialogs);
  });
});

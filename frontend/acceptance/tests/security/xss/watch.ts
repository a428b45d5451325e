import { expect, type Page } from '@playwright/test';

/** A Content-Security-Policy violation the browser reported in the page. */
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __xss?: unknown;
    __cspViolations?: Violation[];
  }
}

/**
 * Watches `page` for what an injected script would do: a dialog
 * (alert/confirm/prompt), a CSP violation (the browser blocked something,
 * so something was there to block). Returns the dialogs seen; the
 * violations are read in the page by `expectNothingRan`.
 */
export async function watchForScripts(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  // Runs before the page's own scripts, in every document of the page.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  return dialogs;
}

/** Elements that would run script if a member's text became markup. */
const EXECUTABLE = [
  '[onerror]',
  '[onload]',
  '[onclick]',
  '[onmouseover]',
  '[onfocus]',
  'iframe[srcdoc]',
  'a[href^="javascript:" i]',
  'form[action^="javascript:" i]',
  '#main script',
  '#main object',
  '#main embed',
].join(', ');

/**
 * Nothing a member wrote ran or became markup in `page`: no dialog, no
 * `window.__xss`, no CSP violation, no executable element.
 */
export async function expectNothingRan(
  page: Page,
  dialogs: string[],
): Promise<void> {
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(
    await page.evaluate(
      (selector) =>
        Array.from(
          document.querySelectorAll(selector),
          (element) => element.outerHTML,
        ),
      EXECUTABLE,
    ),
  ).toEqual([]);
}

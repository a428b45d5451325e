import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab (or Shift+Tab when `backwards`) until `target` has the focus,
 * as a keyboard user would; fails after `maxPresses`.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, maxPresses = 60 } = {},
): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (
      await target.evaluate((element) => element === document.activeElement)
    ) {
      return;
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached in ${maxPresses} presses of Tab`).toBeFocused();
}

/**
 * Expects `target` to be the page's active element. Unlike toBeFocused it
 * does not also ask that the browser window have the focus: after a form
 * with a password is sent, Chromium's password manager may take the window
 * focus, which is the browser's own interface, not the page's focus order.
 */
export async function expectActiveElement(target: Locator): Promise<void> {
  await expect
    .poll(() =>
      target.evaluate((element) => element === document.activeElement),
    )
    .toBe(true);
}

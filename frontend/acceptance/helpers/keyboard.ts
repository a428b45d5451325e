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
 * does not also require `document.hasFocus()`: whether the browser window
 * is focused belongs to the browser, not to the page's focus management.
 */
export async function expectActiveElement(target: Locator): Promise<void> {
  await expect
    .poll(() =>
      target.evaluate((element) => element === document.activeElement),
    )
    .toBe(true);
}

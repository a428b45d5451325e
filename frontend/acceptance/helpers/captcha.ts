import { expect, type Page } from '@playwright/test';

/**
 * The box of the ALTCHA widget: its label says "I am not a robot", then
 * "Checking…", then "Check done: you are not a robot." (in the page's
 * language); "robot" is in every state.
 */
export const captchaBox = (page: Page) =>
  page.getByRole('checkbox', { name: /robot/i });

/**
 * Waits, as a person would, until the anti-spam check of the form is done:
 * the widget solves its proof of work in the browser by itself and ticks
 * its box. The work takes a few seconds on a busy machine.
 */
export async function expectCaptchaSolved(
  page: Page,
  timeout = 30_000,
): Promise<void> {
  await expect(captchaBox(page)).toBeChecked({ timeout });
}

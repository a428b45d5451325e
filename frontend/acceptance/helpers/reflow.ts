import { expect, type Page } from '@playwright/test';

/** The narrowest viewport WCAG 1.4.10 (Reflow) asks pages to fit. */
export const NARROW_VIEWPORT = { width: 320, height: 640 };

/** Fails when the page is wider than the viewport (it scrolls sideways). */
export async function expectNoHorizontalScrolling(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(
    scrollWidth,
    `${page.url()} is ${scrollWidth} px wide in a ${innerWidth} px viewport`,
  ).toBeLessThanOrEqual(innerWidth);
}

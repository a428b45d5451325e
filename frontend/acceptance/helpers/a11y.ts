import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

// WCAG 2.1 level A and AA. label-content-name-mismatch (WCAG 2.5.3) is still
// "experimental" in axe, so tags alone would not run it; we want it.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const EXTRA_RULES = ['label-content-name-mismatch'];
const BLOCKING_IMPACTS = ['serious', 'critical'];

/**
 * Runs axe on the page (or on `include`, a CSS selector) and fails on any
 * serious or critical violation. Minor and moderate ones are attached to
 * the report so they are seen without blocking.
 */
export async function expectNoA11yViolations(
  page: Page,
  testInfo?: TestInfo,
  include?: string,
): Promise<void> {
  // options() replaces every option, so it must come before withTags().
  let builder = new AxeBuilder({ page })
    .options({
      rules: Object.fromEntries(
        EXTRA_RULES.map((rule) => [rule, { enabled: true }]),
      ),
    })
    .withTags(TAGS);
  if (include) {
    builder = builder.include(include);
  }
  const { violations } = await builder.analyze();
  const summary = violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target),
  }));
  if (testInfo && summary.length > 0) {
    await testInfo.attach('axe-violations', {
      body: JSON.stringify(summary, null, 2),
      contentType: 'application/json',
    });
  }
  expect(
    summary.filter(({ impact }) => BLOCKING_IMPACTS.includes(impact ?? '')),
  ).toEqual([]);
}

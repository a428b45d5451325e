import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

// WCAG 2.1 level A and AA. label-content-name-mismatch (WCAG 2.5.3) is still
// "experimental" in axe, so tags alone would not run it; we want it.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const EXTRA_RULES = ['label-content-name-mismatch'];

/**
 * Runs axe on the whole page and fails on any WCAG 2.1 A or AA violation,
 * whatever its impact: a "minor" failure is still a failure of the
 * criterion. The violations are attached to the report with their impact.
 */
export async function expectNoA11yViolations(
  page: Page,
  testInfo?: TestInfo,
): Promise<void> {
  // options() replaces every option, so it must come before withTags().
  const { violations } = await new AxeBuilder({ page })
    .options({
      rules: Object.fromEntries(
        EXTRA_RULES.map((rule) => [rule, { enabled: true }]),
      ),
    })
    .withTags(TAGS)
    .analyze();
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
  expect(summary).toEqual([]);
}

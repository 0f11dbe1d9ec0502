/**
 * Accessibility checks with axe-core. The shared fixture runs `expectAccessible` on every test's final
 * page, and specs call it for states they pass through, such as an open dialog.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Impacts that fail a test. Minor and moderate findings are left to review. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/** Returns one line per serious or critical axe violation on the page, naming the rule and the elements. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => {
      const targets = violation.nodes.slice(0, 5).map((node) => node.target.join(' ')).join(', ');
      return `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.length} elements: ${targets})`;
    });
}

/** Fails the test when axe finds a serious or critical violation; `state` names the page state in the message. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  expect(await seriousViolations(page), `serious or critical accessibility violations (${state})`).toEqual([]);
}

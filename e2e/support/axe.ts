import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA: every A and AA rule axe has, through 2.2. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules for the dark scheme, where only colours change. */
export const contrastRules = ['color-contrast', 'link-in-text-block'];

/**
 * The rules whose result depends on the width of the screen rather than on the HTML (which is
 * the same at every width): how big and how far apart targets are, and which regions scroll.
 */
export const layoutRules = ['target-size', 'scrollable-region-focusable'];

/**
 * axe's violations on the page as it is now, one readable line each (rule: targets), so a
 * failing expectation names what to fix. By default every WCAG A/AA rule; `rules` narrows to
 * the given rules; `include` narrows the check to one part of the page.
 */
export async function axeViolations(page: Page, { rules, include }: { rules?: string[]; include?: string } = {}) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  builder = rules ? builder.withRules(rules) : builder.withTags(wcagTags);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

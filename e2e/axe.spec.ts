import { expect, test } from '@playwright/test';
import { axeViolations, contrastRules, layoutRules } from './support/axe';
import { notFoundPaths, sitemapPaths } from './support/site';

// Long pages take axe several seconds on a slow machine.
test.describe.configure({ timeout: 90_000 });

const paths = [...sitemapPaths(), ...notFoundPaths];

/**
 * The pages the phone project checks in full: per language, the first page of each section and
 * the first page below it (home, the article index and an article, each tool, the handout index
 * and a handout, about, a 404...), 42 of 95 pages. The HTML is the same at every width, so the
 * desktop project's full check of every page covers what the HTML says; what a narrow screen
 * changes is the chrome (the menu button, the collapsed navigation), which every page of a kind
 * shares, and the layout rules, which the phone project runs on every page. This cut the
 * phone project's axe time by about a quarter (15.9 to 12.3 worker-minutes here), when CI was
 * near its limit.
 */
const phoneFull = new Set<string>();
const seen = new Set<string>();
for (const path of paths) {
  const [locale = '', section = '', ...rest] = path.split('/').filter(Boolean);
  const kind = `${locale}/${section}/${rest.length > 0}`;
  if (!seen.has(kind)) {
    seen.add(kind);
    phoneFull.add(path);
  }
}

// Desktop project, 1280 px: every page, every WCAG A/AA rule, light and dark. Phone project,
// 360 px: the same on the pages above, and the layout rules on every other page.
for (const path of paths) {
  test(`axe finds no WCAG A/AA violations on ${path}`, async ({ page }, testInfo) => {
    const phone = testInfo.project.name === 'phone';
    // privacy.spec.ts checks for script errors on the desktop only; a page that fails only on a
    // phone (a media query in a script, say) is caught here.
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    if (phone) await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    if (phone && !phoneFull.has(path)) {
      expect(await axeViolations(page, { rules: layoutRules }), 'layout at 360 px').toEqual([]);
    } else {
      expect(await axeViolations(page), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, { rules: contrastRules }), 'dark').toEqual([]);
    }
    // A 404 page logs the browser's own "failed to load resource" for its status; on any other
    // page a 404 is a missing file and fails.
    const notFound = notFoundPaths.includes(path);
    expect(errors.filter((e) => !(notFound && e.includes('404'))), 'script errors').toEqual([]);
  });
}

test('the open phone menu is axe-clean in both schemes', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const [locale, menu] of [['en', 'Menu'], ['es', 'Menú']] as const) {
    await page.goto(`/${locale}/articles/`);
    await page.getByRole('banner').getByRole('button', { name: menu }).click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `${locale} ${colorScheme}`).toEqual([]);
    }
  }
});

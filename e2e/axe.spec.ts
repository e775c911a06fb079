import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { notFoundPaths, sitemapPaths } from './support/site';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** All WCAG A/AA rules; `contrastOnly` for the dark scheme, where only colours change. */
async function violations(page: Page, contrastOnly = false) {
  const builder = new AxeBuilder({ page });
  const results = await (contrastOnly ? builder.withRules(['color-contrast', 'link-in-text-block']) : builder.withTags(tags)).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Long pages take axe several seconds on a slow machine.
test.describe.configure({ timeout: 90_000 });

// Every page, in the light and the dark scheme: at 1280 px (desktop project) and 360 px (phone project).
for (const path of [...sitemapPaths(), ...notFoundPaths]) {
  test(`axe finds no WCAG A/AA violations on ${path}, light and dark`, async ({ page }, testInfo) => {
    if (testInfo.project.name === 'phone') await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    expect(await violations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(page, true), 'dark').toEqual([]);
  });
}

test('the open phone menu is axe-clean in both schemes', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const [locale, menu] of [['en', 'Menu'], ['es', 'Menú']] as const) {
    await page.goto(`/${locale}/articles/`);
    await page.getByRole('banner').getByRole('button', { name: menu }).click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await violations(page), `${locale} ${colorScheme}`).toEqual([]);
    }
  }
});

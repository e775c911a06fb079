import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Words = { title: string; caption: string; words: Record<string, string> };

/** Each diagram, the article it sits in, and where its text lives in the Diagrams namespace. */
const cases = [
  { name: 'ImageFileDiagram', slug: 'hidden-data-in-image-files', key: ['imageFile'] },
  { name: 'DefacingDiagram', slug: 'your-face-in-your-head-scan', key: ['defacing'] },
  { name: 'ImageFlowDiagram', slug: 'where-your-images-go', key: ['imageFlow'] },
  { name: 'RequestTimelineDiagram (US)', slug: 'your-rights-in-the-us', key: ['timeline', 'us'] },
  { name: 'RequestTimelineDiagram (EU and UK)', slug: 'your-rights-in-the-eu-and-uk', key: ['timeline', 'gdpr'] },
  { name: 'AiInferenceDiagram', slug: 'how-ai-reads-your-scan', key: ['aiInference'] },
];

function messages(locale: 'en' | 'es', key: string[]): Words & { inWords: string } {
  const all = JSON.parse(readFileSync(`content/messages/${locale}.json`, 'utf8')).Diagrams;
  return { ...key.reduce((m, k) => m[k], all), inWords: all.inWords };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const locale of ['en', 'es'] as const) {
  for (const { name, slug, key } of cases) {
    const m = messages(locale, key);
    const words = Object.values(m.words);
    const url = `/${locale}/articles/${slug}/`;

    test(`${name} (${locale}): a named image with its caption and every step in words, on screen, on paper and at 320 px`, async ({ page }) => {
      await page.goto(url);
      const img = page.getByRole('img', { name: m.title, exact: true });
      await expect(img).toBeVisible();
      const figure = page.locator('figure.diagram').filter({ has: img });
      await expect(figure.locator('figcaption')).toHaveText(m.caption);
      await expect(figure.getByText(m.inWords, { exact: true })).toBeVisible();
      // The full text alternative: visible to everyone, and the image's accessible description.
      const list = page.locator(`#${await img.getAttribute('aria-describedby')}`);
      await expect(list.getByRole('listitem')).toHaveText(words);
      await expect(img).toHaveAccessibleDescription(new RegExp(`^${escape(words[0])}`));

      await page.emulateMedia({ media: 'print' });
      await expect(figure).toBeVisible();
      await expect(list).toBeVisible();
      // Black on white on paper, whatever the screen's colour scheme.
      const box = await figure.locator('.dg-box').first().evaluate((el) => [getComputedStyle(el).stroke, getComputedStyle(el).fill]);
      expect(box).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      const text = await figure.locator('.dg-text').first().evaluate((el) => getComputedStyle(el).fill);
      expect(text).toBe('rgb(0, 0, 0)');
      await page.emulateMedia({ media: 'screen' });

      await page.setViewportSize({ width: 320, height: 800 });
      await expect(img).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${name} (${locale}): axe finds no WCAG A/AA violations on its page, ${colorScheme} scheme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        await expect(page.getByRole('img', { name: m.title, exact: true })).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
}

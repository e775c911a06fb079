import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

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
  }

  test(`the US and GDPR request clocks sit side by side on a wide screen and stack on a phone (${locale})`, async ({ page }) => {
    const us = messages(locale, ['timeline', 'us']);
    const eu = messages(locale, ['timeline', 'gdpr']);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${locale}/articles/after-your-scan/`);
    const left = (await page.getByRole('img', { name: us.title, exact: true }).boundingBox())!;
    const right = (await page.getByRole('img', { name: eu.title, exact: true }).boundingBox())!;
    expect(Math.abs(left.y - right.y)).toBeLessThan(80);
    expect(right.x).toBeGreaterThan(left.x + left.width - 1);
    await page.setViewportSize({ width: 360, height: 800 });
    const below = (await page.getByRole('img', { name: eu.title, exact: true }).boundingBox())!;
    const above = (await page.getByRole('img', { name: us.title, exact: true }).boundingBox())!;
    expect(below.y).toBeGreaterThan(above.y + above.height);
  });
}

// axe runs on these pages, in the light and dark schemes, in axe.spec.ts with every other page.

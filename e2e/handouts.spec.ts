import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { handouts } from './support/content';
import { paperSizes, printedPages } from './support/print';

const text = {
  en: { providedBy: 'Provided by (optional)', bilingual: /Print in two languages/, large: 'Large print (two pages)', tooLong: /too long/, ignored: /could not be used/, index: 'Handouts for clinics', print: 'Print', label: 'Provided by:' },
  es: { providedBy: 'Entregado por (opcional)', bilingual: /Imprimir en dos idiomas/, large: 'Letra grande (dos páginas)', tooLong: /demasiado largo/, ignored: /no se pudo usar/, index: 'Hojas informativas para clínicas', print: 'Imprimir', label: 'Entregado por:' },
} as const;

// The base URL the build used: QR codes and printed links must point at the site's own setting.
const siteUrl = new URL(readFileSync('out/sitemap.xml', 'utf8').match(/<loc>([^<]+)<\/loc>/)![1]).origin;
const injection = `<img src=x onerror="window.__pwned=1">Clinic & Co`;

for (const locale of ['en', 'es'] as const) {
  const t = text[locale];

  test.describe(`handouts (${locale})`, () => {
    for (const { slug, data } of handouts(locale)) {
      test(`${slug}: one page on A4 and Letter, two in bilingual mode, at most two in large print`, async ({ page }) => {
        await page.goto(`/${locale}/handouts/${slug}/`);
        await expect(page.getByRole('heading', { level: 1, name: data.title })).toBeVisible();
        for (const format of paperSizes) expect(await printedPages(page, format), `plain ${format}`).toBe(1);
        await page.getByRole('checkbox', { name: t.bilingual }).check();
        for (const format of paperSizes) expect(await printedPages(page, format), `bilingual ${format}`).toBe(2);
        await page.getByRole('checkbox', { name: t.bilingual }).uncheck();
        await page.getByRole('checkbox', { name: t.large }).check();
        for (const format of paperSizes) expect(await printedPages(page, format), `large ${format}`).toBeLessThanOrEqual(2);
        // Large print really is large: body text at least 16 pt (about 21.3 CSS px) when printed.
        await page.emulateMedia({ media: 'print' });
        const size = await page.locator('.handout-front p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(size).toBeGreaterThanOrEqual(21.3);
      });
    }

    test('body text prints at 11 pt or more, in black, without site chrome', async ({ page }) => {
      await page.goto(`/${locale}/handouts/five-things-to-know-us/`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByRole('button', { name: t.print, exact: false })).toBeHidden();
      const styles = await page.locator('.handout-front p, .handout-front h2').evaluateAll((els) => els.map((e) => ({ size: parseFloat(getComputedStyle(e).fontSize), color: getComputedStyle(e).color })));
      for (const s of styles) {
        expect(s.size).toBeGreaterThanOrEqual(14.6); // 11 pt = 14.67 CSS px
        expect(s.color).toBe('rgb(0, 0, 0)');
      }
    });

    test('the QR code decodes to the matching online page, printed beside it', async ({ page }) => {
      for (const { slug, data } of handouts(locale)) {
        await page.goto(`/${locale}/handouts/${slug}/`);
        await page.setViewportSize({ width: 1200, height: 2000 });
        const png = PNG.sync.read(await page.locator('.handout-front .qr-code').screenshot({ scale: 'device' }));
        const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
        const expected = `${siteUrl}/${locale}${data.link}`;
        expect(decoded?.data, slug).toBe(expected);
        await expect(page.locator('.handout-front').getByText(expected.replace(/^https?:\/\//, ''), { exact: true })).toBeVisible();
      }
    });

    test('a "provided by" line is shown as text on screen and in print, kept in the link', async ({ page }) => {
      await page.goto(`/${locale}/handouts/head-and-face-scans/`);
      await page.getByRole('textbox', { name: t.providedBy }).fill(injection);
      const line = page.locator('.handout-front .provided-by');
      await expect(line).toHaveText(`${t.label} ${injection}`);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await page.emulateMedia({ media: 'print' });
      await expect(line).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
      // Bookmarkable: a fresh visit to the same address brings the line back.
      const url = page.url();
      await page.goto('about:blank');
      await page.goto(url);
      await expect(page.locator('.handout-front .provided-by')).toHaveText(`${t.label} ${injection}`);
      // Over the limit: a visible message, and the printed line is not cut.
      await page.getByRole('textbox', { name: t.providedBy }).fill('x'.repeat(81));
      await expect(page.getByText(t.tooLong)).toBeVisible();
      await expect(page.locator('.handout-front .provided-by')).not.toContainText('x'.repeat(81));
    });

    test('a tampered link is ignored with a short note', async ({ page }) => {
      await page.goto(`/${locale}/handouts/five-things-to-know-us/#by=${'y'.repeat(200)}&zz=1`);
      await expect(page.getByText(t.ignored)).toBeVisible();
      await expect(page.locator('.handout-front .provided-by')).toHaveCount(0);
    });

    test('the index previews every handout with its print link', async ({ page }) => {
      await page.goto(`/${locale}/handouts/`);
      await expect(page.getByRole('heading', { level: 1, name: t.index })).toBeVisible();
      for (const { slug, data } of handouts(locale)) {
        await expect(page.getByRole('link', { name: `${t.print}: ${data.title}` })).toHaveAttribute('href', `/${locale}/handouts/${slug}/#print=1`);
      }
      expect(await page.locator('.handout-preview').count()).toBe(handouts(locale).length);
    });
  });

  test.describe(`handouts without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test('render as a plain printable page', async ({ page }) => {
      await page.goto(`/${locale}/handouts/your-rights-in-the-us/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('textbox', { name: t.providedBy })).toBeHidden();
      expect(await printedPages(page, 'Letter')).toBe(1);
    });
  });
}

import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { handoutPlaces, handouts, handoutSet } from './support/content';
import { paperSizes, printedPages, printedPagesText } from './support/print';
import { anyViewport } from './support/site';

// Handouts are leaflets a clinic puts on a rack: each language one page on A4 and Letter, large
// print two pages with the masthead first and the footer whole last, two languages front and
// back, "print all" one job, the clinic's own name and logo printed but never sent anywhere.

type Locale = 'en' | 'es';
const messages = (locale: Locale) => JSON.parse(readFileSync(`content/messages/${locale}.json`, 'utf8'));
const other = (locale: Locale): Locale => (locale === 'en' ? 'es' : 'en');
const languageName = { en: 'English', es: 'Español' } as const;

const text = {
  en: { providedBy: 'Provided by (optional)', logo: 'Your logo (optional)', bilingual: /Print in two languages/, large: 'Large print (two pages for each language)', tooLong: /too long/, ignored: /could not be used/, index: 'Handouts for clinics', print: 'Print', label: 'Provided by:', keep: 'Keep the name and logo on this device', forget: 'Clear my data (name and logo)', duplex: /Print double-sided/, notImage: /not a PNG, JPEG/, tooBig: /larger than 1 MB/, logoAlt: 'Logo of Riverside Imaging', place: { us: 'United States', 'eu-uk': 'EU, EEA or UK' } },
  es: { providedBy: 'Entregado por (opcional)', logo: 'Su logotipo (opcional)', bilingual: /Imprimir en dos idiomas/, large: 'Letra grande (dos páginas por idioma)', tooLong: /demasiado largo/, ignored: /no se pudo usar/, index: 'Hojas informativas para clínicas', print: 'Imprimir', label: 'Entregado por:', keep: 'Guardar el nombre y el logotipo en este dispositivo', forget: 'Borrar mis datos (nombre y logotipo)', duplex: /Imprima a doble cara/, notImage: /no es una imagen PNG/, tooBig: /pesa más de 1 MB/, logoAlt: 'Logotipo de Riverside Imaging', place: { us: 'Estados Unidos', 'eu-uk': 'UE, EEE o Reino Unido' } },
} as const;

// The base URL the build used: QR codes and printed links must point at the site's own setting.
const siteUrl = new URL(readFileSync('out/sitemap.xml', 'utf8').match(/<loc>([^<]+)<\/loc>/)![1]).origin;
const siteIsLocal = /^(localhost|127\.|\[::1\]|0\.0\.0\.0)/.test(new URL(siteUrl).host);
const injection = `<img src=x onerror="window.__pwned=1">Clinic & Co`;
const squash = (s: string) => s.replace(/\s+/g, ' ');

/** A real PNG made here (a black box on white), so the test needs no image file. */
function pngLogo(size = 24, height = size): Buffer {
  const png = new PNG({ width: size, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < size; x++) {
      const dark = x > size / 4 && x < (3 * size) / 4 && y > height / 4 && y < (3 * height) / 4;
      png.data.set(dark ? [0, 0, 0, 255] : [255, 255, 255, 255], (y * size + x) * 4);
    }
  }
  return PNG.sync.write(png);
}
/** The longest name the field takes, with long words: the co-branding worst case. */
const longestName = 'Riverside Community Diagnostic Imaging Centre, Harbourview Medical Plaza 555-0100'.slice(0, 80);

/** Every request the page makes from now on. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
  return seen;
}

for (const locale of ['en', 'es'] as const) {
  const t = text[locale];
  const m = messages(locale);

  test.describe(`handouts (${locale})`, () => {
    for (const [i, { slug, data }] of handouts(locale).entries()) {
      const back = handouts(other(locale)).find((h) => h.slug === slug)!.data;
      // Paper has its own width: the phone project prints the first handout, the desktop all.
      test(`${slug}: one page, two in two languages, two in large print (footer whole on the last), four in both, in duplex order`, i === 0 ? {} : anyViewport, async ({ page }) => {
        test.slow(); // fourteen PDFs
        await page.goto(`/${locale}/handouts/${slug}/`);
        await expect(page.getByRole('heading', { level: 1, name: data.title })).toBeVisible();
        const code = `${data.code} v${data.version}`;
        for (const format of paperSizes) expect(await printedPages(page, format), `plain ${format}`).toBe(1);

        await page.getByRole('checkbox', { name: t.bilingual }).check();
        await expect(page.getByText(t.duplex)).toBeVisible();
        for (const format of paperSizes) {
          const pages = await printedPagesText(page, format);
          expect(pages.length, `bilingual ${format}`).toBe(2);
          expect(pages[0], `front ${format}`).toContain(squash(data.title));
          expect(pages[1], `back ${format}`).toContain(squash(back.title));
          expect(pages[1]).toContain(`${code} (${languageName[other(locale)]})`);
        }

        await page.getByRole('checkbox', { name: t.bilingual }).uncheck();
        await page.getByRole('checkbox', { name: t.large }).check();
        for (const format of paperSizes) {
          const pages = await printedPagesText(page, format);
          expect(pages.length, `large ${format}`).toBe(2);
          // Masthead and title on page one; the whole footer (address, dates, code, disclaimer) on page two.
          expect(pages[0]).toContain(m.Layout.siteName);
          expect(pages[0]).toContain(squash(data.title));
          for (const bit of [m.HandoutSheet.readMore, code, m.HandoutSheet.disclaimer]) {
            expect(pages[1], `large ${format}: "${bit}" on the last page`).toContain(bit);
            expect(pages[0], `large ${format}: "${bit}" not split onto page one`).not.toContain(bit);
          }
        }
        // Large print really is large: all text on the sheet at least 16 pt (about 21.3 CSS px).
        await page.emulateMedia({ media: 'print' });
        const sizes = await page.locator('.handout-front :is(p, li, h1, h2, h3)').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(21.3);
        await page.emulateMedia({ media: 'screen' });

        await page.getByRole('checkbox', { name: t.bilingual }).check();
        for (const format of paperSizes) {
          const pages = await printedPagesText(page, format);
          expect(pages.length, `bilingual large ${format}`).toBe(4);
          // Duplex: sheet one is this language front and back, the language changes on page three.
          expect(pages[0]).toContain(squash(data.title));
          expect(pages[1]).toContain(`${code} (${languageName[locale]})`);
          expect(pages[2]).toContain(squash(back.title));
          expect(pages[3]).toContain(`${code} (${languageName[other(locale)]})`);
        }
      });
    }

    test('co-branding never adds a page: the longest name and a wide or tall logo, in every mode, on Letter', anyViewport, async ({ page }) => {
      test.slow();
      for (const { slug } of handouts(locale)) {
        await page.goto(`/${locale}/handouts/${slug}/`);
        for (const [i, logo] of [pngLogo(800, 100), pngLogo(100, 800)].entries()) {
          await page.getByLabel(t.logo).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo });
          await expect(page.locator('.handout-front .handout-masthead img')).toBeVisible();
          const modes = i === 0 ? [['', 1], ['&bi=1', 2], ['&large=1', 2], ['&bi=1&large=1', 4]] as const : [['&bi=1', 2], ['&large=1', 2]] as const;
          for (const [flags, pages] of modes) {
            await page.evaluate((hash) => (window.location.hash = hash), `#by=${encodeURIComponent(longestName)}${flags}`);
            await expect(page.locator('.handout-front .provided-by')).toContainText(longestName);
            const mode = () => page.locator('.handout').evaluate((el) => `${el.hasAttribute('data-bilingual')} ${el.hasAttribute('data-large')}`);
            await expect.poll(mode).toBe(`${flags.includes('bi')} ${flags.includes('large')}`);
            expect(await printedPages(page, 'Letter'), `${slug} ${flags || 'plain'} (logo ${i ? 'tall' : 'wide'})`).toBe(pages);
          }
        }
      }
    });

    test('body text prints at 11 pt or more, in black, without site chrome; the title band keeps its grey', anyViewport, async ({ page }) => {
      await page.goto(`/${locale}/handouts/${handoutSet(locale, 'us')[0].slug}/`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByRole('button', { name: t.print, exact: false })).toBeHidden();
      const styles = await page
        .locator('.handout-front :is(.handout-intro, .handout-section p, .handout-section h2, .handout-questions p, .handout-closing)')
        .evaluateAll((els) => els.map((e) => ({ size: parseFloat(getComputedStyle(e).fontSize), color: getComputedStyle(e).color })));
      expect(styles.length).toBeGreaterThan(4);
      for (const s of styles) {
        expect(s.size).toBeGreaterThanOrEqual(14.6); // 11 pt = 14.67 CSS px
        expect(s.color).toBe('rgb(0, 0, 0)');
      }
      const band = await page.locator('.handout-front .handout-band').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(band).toBe('rgb(230, 230, 230)');
    });

    test('each sheet shows its publisher, dates, leaflet code and contact; an address wraps only after a slash', anyViewport, async ({ page }) => {
      for (const { slug, data } of handouts(locale)) {
        await page.goto(`/${locale}/handouts/${slug}/`);
        const footer = page.locator('.handout-front .handout-footer');
        await expect(footer).toContainText(`${data.code} v${data.version} (${languageName[locale]})`);
        await expect(footer).toContainText(m.HandoutSheet.contact.replace('{contact}', 'corrections@example.org'));
        await expect(page.locator('.handout-front .handout-masthead')).toContainText(m.Layout.siteName);
        // Narrow column, print layout: no piece of an address is split across lines.
        await page.setViewportSize({ width: 620, height: 900 });
        await page.emulateMedia({ media: 'print' });
        const split = await page.locator('.handout-front .printed-address .whitespace-nowrap').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 1).map((e) => e.textContent));
        expect(split, slug).toEqual([]);
        await page.emulateMedia({ media: 'screen' });
      }
    });

    test('a US sheet names no GDPR article and an EU/UK sheet no HIPAA rule', anyViewport, async ({ page }) => {
      for (const { slug, data } of handouts(locale)) {
        await page.goto(`/${locale}/handouts/${slug}/`);
        const sheet = await page.locator('.handout-front').innerText();
        if (data.place !== 'us') expect(sheet, slug).not.toMatch(/HIPAA|CFR/);
        if (data.place !== 'eu-uk') expect(sheet, slug).not.toMatch(/GDPR|RGPD/);
      }
    });

    test('the QR code decodes to the matching online page, printed in full beside it', anyViewport, async ({ page }) => {
      for (const { slug, data } of handouts(locale)) {
        await page.goto(`/${locale}/handouts/${slug}/`);
        await page.setViewportSize({ width: 1200, height: 2000 });
        const png = PNG.sync.read(await page.locator('.handout-front .qr-code').screenshot({ scale: 'device' }));
        const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
        const expected = `${siteUrl}/${locale}${data.link}`;
        expect(decoded?.data, slug).toBe(expected);
        await expect(page.locator('.handout-front .handout-footer .printed-address').first()).toHaveText(expected.replace(/^https?:\/\//, ''));
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

    test("the clinic's logo prints on every sheet and never leaves the browser", async ({ page }) => {
      await page.goto(`/${locale}/handouts/your-rights-in-the-us/#bi=1`);
      await expect(page.getByRole('textbox', { name: t.providedBy })).toBeVisible();
      const requests = recordRequests(page);
      await page.getByRole('textbox', { name: t.providedBy }).fill('Riverside Imaging');
      await page.getByLabel(t.logo).setInputFiles({ name: 'riverside-logo.png', mimeType: 'image/png', buffer: pngLogo() });
      const logos = page.locator('.handout-masthead img');
      await expect(logos).toHaveCount(2);
      await expect(page.locator('.handout-front').getByRole('img', { name: t.logoAlt })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(logos.first()).toBeVisible();
      await expect(logos.nth(1)).toBeVisible();
      expect(await logos.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(24);
      await printedPages(page, 'A4');
      // Nothing was sent anywhere: no request left the site, and none carried the name or the logo
      // (the browser may still fetch the site's own icon). The link carries the name only.
      for (const r of requests) {
        expect(new URL(r.split(' ')[1]).origin, r).toBe(new URL(page.url()).origin);
        expect(r, r).not.toMatch(/Riverside|data:|base64/);
      }
      expect(page.url()).not.toContain('data:');
      expect(page.url().length).toBeLessThan(200);
      // Nothing is stored unless asked.
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
    });

    test('name and logo are kept on the device only when asked, and "clear my data" removes them', async ({ page }) => {
      await page.goto(`/${locale}/handouts/head-and-face-scans/`);
      await page.getByRole('textbox', { name: t.providedBy }).fill('Riverside Imaging');
      await page.getByLabel(t.logo).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: pngLogo() });
      await expect(page.locator('.handout-front .handout-masthead img')).toBeVisible();
      await page.getByRole('checkbox', { name: t.keep }).check();
      // Another handout, no name in its link: the saved name and logo come back.
      await page.goto(`/${locale}/handouts/${handoutSet(locale, 'eu-uk')[0].slug}/`);
      await expect(page.getByRole('checkbox', { name: t.keep })).toBeChecked();
      await expect(page.locator('.handout-front .provided-by')).toHaveText(`${t.label} Riverside Imaging`);
      await expect(page.locator('.handout-front .handout-masthead img')).toBeVisible();
      await page.getByRole('button', { name: t.forget }).click();
      await expect(page.getByRole('status').filter({ hasText: m.HandoutPage.forgotten })).toBeVisible();
      await expect(page.locator('.handout-front .handout-masthead img')).toHaveCount(0);
      await expect(page.locator('.handout-front .provided-by')).toHaveCount(0);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      await page.reload();
      await expect(page.getByRole('checkbox', { name: t.keep })).not.toBeChecked();
      await expect(page.locator('.handout-front .handout-masthead img')).toHaveCount(0);
    });

    test('a file that is not a usable logo gets a clear message, and blocked storage does not break printing', async ({ page }) => {
      await page.goto(`/${locale}/handouts/head-and-face-scans/`);
      const input = page.getByLabel(t.logo);
      await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('<script>alert(1)</script>') });
      await expect(page.getByRole('alert').filter({ hasText: t.notImage })).toBeVisible();
      await input.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.concat([pngLogo(), Buffer.alloc(1_000_001)]) });
      await expect(page.getByRole('alert').filter({ hasText: t.tooBig })).toBeVisible();
      // Says it is a PNG, but is not one.
      await input.setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: deflateSync(Buffer.from('not an image')) });
      await expect(page.getByRole('alert').filter({ hasText: m.HandoutPage.logoUnreadable })).toBeVisible();
      await expect(page.locator('.handout-front .handout-masthead img')).toHaveCount(0);

      await page.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('blocked', 'SecurityError');
        };
      });
      await page.reload();
      await page.getByLabel(t.logo).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: pngLogo() });
      // click, not check: the box unticks itself when the browser refuses to save.
      await page.getByRole('checkbox', { name: t.keep }).click();
      await expect(page.getByRole('status').filter({ hasText: m.HandoutPage.storageFailed })).toBeVisible();
      await expect(page.getByRole('checkbox', { name: t.keep })).not.toBeChecked();
      await expect(page.locator('.handout-front .handout-masthead img')).toBeVisible();
    });

    test('a tampered link is ignored with a short note', async ({ page }) => {
      await page.goto(`/${locale}/handouts/head-and-face-scans/#by=${'y'.repeat(200)}&zz=1`);
      await expect(page.getByText(t.ignored)).toBeVisible();
      await expect(page.locator('.handout-front .provided-by')).toHaveCount(0);
    });

    test('the local-address warning shows on screen only, and only for a local build', async ({ page }) => {
      for (const path of [`/${locale}/handouts/head-and-face-scans/`, `/${locale}/handouts/print-all/us/`]) {
        await page.goto(path);
        const warning = page.getByRole('note').filter({ hasText: siteUrl });
        if (!siteIsLocal) {
          await expect(warning).toHaveCount(0);
          continue;
        }
        await expect(warning).toBeVisible();
        await page.emulateMedia({ media: 'print' });
        await expect(warning).toBeHidden();
        await page.emulateMedia({ media: 'screen' });
      }
    });

    test('the index asks where the clinic is, shows that set, and keeps the choice in the link', async ({ page }) => {
      await page.goto(`/${locale}/handouts/`);
      await expect(page.getByRole('heading', { level: 1, name: t.index })).toBeVisible();
      const setHeading = (place: 'us' | 'eu-uk') => page.getByRole('heading', { level: 2, name: m.HandoutsIndex.setTitle.replace('{place}', m.HandoutsIndex.placesIn[place]) });
      await expect(setHeading('us')).toBeVisible();
      await expect(setHeading('eu-uk')).toBeVisible();
      await page.getByRole('radio', { name: t.place['eu-uk'] }).check();
      await expect(setHeading('us')).toBeHidden();
      await expect(setHeading('eu-uk')).toBeVisible();
      expect(new URL(page.url()).hash).toBe('#place=eu-uk');
      for (const { slug, data } of handoutSet(locale, 'eu-uk')) {
        await expect(page.getByRole('link', { name: `${t.print}: ${data.title}` })).toHaveAttribute('href', `/${locale}/handouts/${slug}/#print=1`);
      }
      await page.reload();
      await expect(page.getByRole('radio', { name: t.place['eu-uk'] })).toBeChecked();
      await expect(setHeading('us')).toBeHidden();
      await page.getByRole('link', { name: m.HandoutsIndex.printAll.replace('{count}', String(handoutSet(locale, 'eu-uk').length)) }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/handouts/print-all/eu-uk/$`));
    });

    for (const place of handoutPlaces) {
      test(`print all (${place}): one job, each handout on its own page, as many pages as the handouts printed one by one`, anyViewport, async ({ page }) => {
        test.slow(); // every handout printed alone, then the set in four modes
        const set = handoutSet(locale, place);
        let sum = 0;
        for (const { slug } of set) {
          await page.goto(`/${locale}/handouts/${slug}/#large=1`);
          await expect(page.locator('.handout[data-large]')).toBeAttached();
          sum += await printedPages(page, 'Letter');
        }
        await page.goto(`/${locale}/handouts/print-all/${place}/`);
        await expect(page.getByRole('button', { name: m.HandoutPrintAll.print.replace('{count}', String(set.length)) })).toBeVisible();
        for (const format of paperSizes) {
          const pages = await printedPagesText(page, format);
          expect(pages.length, format).toBe(set.length);
          set.forEach(({ data }, i) => expect(pages[i], `page ${i + 1}`).toContain(`${data.code} v${data.version}`));
        }
        await page.getByRole('textbox', { name: t.providedBy }).fill('Riverside Imaging');
        await expect(page.locator('.handout-front .provided-by')).toHaveCount(set.length);
        await page.getByRole('checkbox', { name: t.large }).check();
        expect(await printedPages(page, 'Letter'), 'large print').toBe(sum);
        await page.getByRole('checkbox', { name: t.bilingual }).check();
        expect(await printedPages(page, 'A4'), 'large print, two languages').toBe(2 * sum);
      });
    }

    test('the old address of a handout split into editions points to each edition', async ({ page }) => {
      await page.goto(`/${locale}/handouts/five-things-to-know/`);
      await expect(page.getByRole('heading', { level: 1, name: m.HandoutMoved.title })).toBeVisible();
      for (const place of handoutPlaces) {
        const edition = handouts(locale).find((h) => h.slug === `five-things-to-know-${place}`)!;
        await expect(page.getByRole('link', { name: edition.data.title, exact: true })).toHaveAttribute('href', `/${locale}/handouts/five-things-to-know-${place}/`);
      }
    });
  });

  test.describe(`handouts without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test('render as a plain printable page, and the index lists every place', async ({ page }) => {
      await page.goto(`/${locale}/handouts/your-rights-in-the-us/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('textbox', { name: t.providedBy })).toBeHidden();
      expect(await printedPages(page, 'Letter')).toBe(1);
      await page.goto(`/${locale}/handouts/`);
      for (const place of handoutPlaces) {
        await expect(page.getByRole('heading', { level: 2, name: m.HandoutsIndex.setTitle.replace('{place}', m.HandoutsIndex.placesIn[place]) })).toBeVisible();
      }
    });
  });
}

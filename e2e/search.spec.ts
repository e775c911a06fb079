import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expectNoHorizontalScroll, localeOf, sitemapPaths } from './support/site';

type Locale = 'en' | 'es';
const words = {
  en: { box: 'Words to search for', header: 'Search this site', button: 'Search', azTitle: 'A–Z index', glossary: 'Open the glossary' },
  es: { box: 'Palabras que quiere buscar', header: 'Buscar en este sitio', button: 'Buscar', azTitle: 'Índice de la A a la Z', glossary: 'Abrir el glosario' },
} as const;
const glossary = (locale: Locale): { id: string; term: string }[] => JSON.parse(readFileSync(`content/glossary/${locale}.json`, 'utf8')).terms;

/** Opens the search page with a query in the fragment, as the header form does, and waits for the answer. */
async function search(page: Page, locale: Locale, query: string) {
  await page.goto(`/${locale}/search/#q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('main').getByRole('status')).toContainText(query);
}

/** Where each result's title link goes, in order. */
const resultLinks = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

test('"defacing" finds the face article, with the word marked in its passage', async ({ page }) => {
  await search(page, 'en', 'defacing');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results? for “defacing”\.$/);
  expect((await resultLinks(page)).some((href) => href.startsWith('/en/articles/your-face-in-your-head-scan/'))).toBe(true);
  await expect(page.getByRole('heading', { level: 2 }).getByRole('link', { name: 'Your face is in your head scan' })).toBeVisible();
  await expect(page.getByRole('main').locator('mark').first()).toHaveText(/defacing/i);
});

test('"cara" finds the Spanish face article, and only Spanish pages', async ({ page }) => {
  await search(page, 'es', 'cara');
  const links = await resultLinks(page);
  expect(links.some((href) => href.startsWith('/es/articles/your-face-in-your-head-scan/'))).toBe(true);
  expect(links.every((href) => href.startsWith('/es/'))).toBe(true);
});

test('"desidentificacion" (no accent) finds the Spanish page on de-identification', async ({ page }) => {
  await search(page, 'es', 'desidentificacion');
  expect((await resultLinks(page)).some((href) => href.startsWith('/es/articles/what-de-identified-means/'))).toBe(true);
});

for (const locale of ['en', 'es'] as const) {
  test(`${locale}: "DICOM" finds the glossary, linked to the term itself`, async ({ page }) => {
    await search(page, locale, 'DICOM');
    expect(await resultLinks(page)).toContain(`/${locale}/glossary/#dicom`);
    await page.locator(`a[href="/${locale}/glossary/#dicom"]`).first().click();
    await expect(page).toHaveURL(`/${locale}/glossary/#dicom`);
    await expect(page.getByRole('link', { name: 'DICOM', exact: true })).toBeInViewport();
  });
}

test('a checklist item is found by its own words and linked to the item', async ({ page }) => {
  await search(page, 'en', 'paying in full');
  expect(await resultLinks(page)).toContain('/en/checklists/before-your-scan/#paid-in-full');
  await search(page, 'es', 'servicios en la nube');
  expect(await resultLinks(page)).toContain('/es/checklists/consent-and-research-forms/#who-gets-it');
});

test('a misspelt word is corrected to the nearest known word, in each language', async ({ page }) => {
  await search(page, 'en', 'dicon');
  await expect(page.getByRole('main').getByRole('status')).toContainText('No results for “dicon”. Showing results for “dicom”.');
  expect(await resultLinks(page)).toContain('/en/glossary/#dicom');
  await search(page, 'es', 'rostor');
  await expect(page.getByRole('main').getByRole('status')).toContainText('No hay resultados para «rostor». Le mostramos los resultados para «rostro».');
  expect((await resultLinks(page)).length).toBeGreaterThan(0);
});

test('nothing found: says so and points to the A–Z index and the glossary', async ({ page }) => {
  await search(page, 'en', 'zzqxv');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('No results for “zzqxv”.');
  await expect(page.getByRole('link', { name: 'Go to the A–Z index' })).toBeVisible();
  await expect(page.getByRole('link', { name: words.en.glossary })).toHaveAttribute('href', '/en/glossary/');
  expect(await resultLinks(page)).toEqual([]);
});

test('results follow typing, and the query stays in the fragment without new history entries', async ({ page }) => {
  await page.goto('/en/search/');
  const before = await page.evaluate(() => history.length);
  await page.getByRole('searchbox', { name: words.en.box }).pressSequentially('defacing', { delay: 30 });
  await expect(page.getByRole('main').getByRole('status')).toContainText('for “defacing”');
  await expect(page).toHaveURL('/en/search/#q=defacing');
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.getByRole('searchbox', { name: words.en.box }).fill('');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('');
  expect(await resultLinks(page)).toEqual([]);
});

test('a ?q= address runs the search and moves the query into the fragment', async ({ page }) => {
  await page.goto('/es/search/?q=cara');
  await expect(page.getByRole('main').getByRole('status')).toContainText('«cara»');
  await expect(page).toHaveURL('/es/search/#q=cara');
});

for (const locale of ['en', 'es'] as const) {
  test(`${locale}: search from the header works by keyboard and never puts the query in ?q=`, async ({ page }) => {
    await page.goto(`/${locale}/about/`);
    const banner = page.getByRole('banner');
    const box = banner.getByRole('searchbox', { name: words[locale].header });
    if (await box.isVisible()) {
      // Wide screens: the box is in the header.
      await box.focus();
    } else {
      // Phones: a Search button beside Menu opens the search page with its box focused.
      await banner.getByRole('link', { name: words[locale].header }).focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`/${locale}/search/#search-q`);
      await expect(page.getByRole('searchbox', { name: words[locale].box })).toBeFocused();
    }
    await page.keyboard.type('DICOM');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/${locale}/search/#q=DICOM`);
    expect(new URL(page.url()).search).toBe('');
    await expect(page.getByRole('main').getByRole('status')).toContainText('DICOM');
    expect(await resultLinks(page)).toContain(`/${locale}/glossary/#dicom`);
    // The search page has one search form: its own.
    await expect(page.getByRole('search')).toHaveCount(1);
    await expect(banner.getByRole('searchbox')).toHaveCount(0);
  });

  test(`${locale}: the phone header stays two short rows with search in it`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/${locale}/articles/`);
    const banner = page.getByRole('banner');
    expect((await banner.boundingBox())!.height).toBeLessThanOrEqual(120);
    await expect(banner.getByRole('link', { name: words[locale].header })).toBeInViewport();
    await expect(banner.getByRole('searchbox')).toHaveCount(0);
  });
}

test('tampered input is shown as text and never breaks the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto('/en/search/#q=%E0%A4%A');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for/);
  await page.goto(`/en/search/#q=${'a'.repeat(5000)}`);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for/);
  expect((await page.getByRole('searchbox', { name: words.en.box }).inputValue()).length).toBeLessThanOrEqual(120);
  await search(page, 'en', '<script>alert(1)</script>');
  await expect(page.getByRole('main').getByRole('status')).toContainText('“<script>alert(1)</script>”');
  await expect(page.getByRole('main').locator('script')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('when the index cannot load, the page says so and the A–Z index stays', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/en/search/#q=defacing');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/Search could not load/);
  await expect(page.getByRole('heading', { name: words.en.azTitle })).toBeVisible();
});

test('the search page with results is axe-clean and fits 320 px', async ({ page }) => {
  // axe takes several seconds on a long page on a busy two-core machine (as in axe.spec.ts).
  test.setTimeout(90_000);
  for (const locale of ['en', 'es'] as const) {
    await search(page, locale, locale === 'en' ? 'defacing' : 'cara');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
    await page.goto(`/${locale}/about/`);
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ['en', 'es'] as const) {
    test(`${locale}: the search page lists every page of its language and every glossary term`, async ({ page }) => {
      await page.goto(`/${locale}/search/`);
      const main = page.getByRole('main');
      await expect(main.getByText(/JavaScript/)).toBeVisible();
      const hrefs = new Set(await main.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href'))));
      const missing = sitemapPaths().filter((p) => localeOf(p) === locale && !hrefs.has(p));
      expect(missing).toEqual([]);
      const terms = glossary(locale).filter((t) => !hrefs.has(`/${locale}/glossary/#${t.id}`));
      expect(terms).toEqual([]);
    });
  }

  test('the header form leads to the search page without sending the words, which explains that search needs JavaScript', async ({ page }) => {
    const sent: string[] = [];
    page.on('request', (r) => sent.push(r.url()));
    // The box itself is in the header on wide screens (phones have a Search button instead).
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/about/');
    await page.getByRole('banner').getByRole('searchbox', { name: words.en.header }).fill('defacing');
    await page.getByRole('banner').getByRole('button', { name: words.en.button }).click();
    await expect(page).toHaveURL(/\/en\/search\/\??$/);
    // Search cannot run without JavaScript, so the words have no reason to reach the host.
    expect(sent.filter((u) => u.includes('defacing'))).toEqual([]);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('heading', { name: words.en.azTitle })).toBeVisible();
  });
});

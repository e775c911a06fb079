import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { articleSlugs } from './support/content';
import { anyViewport, sitemapPaths } from './support/site';

const text = {
  en: { title: 'Share and link to this site', copy: 'Copy link', sections: 'Links to each section', copied: 'Copied.', articles: 'Articles' },
  es: { title: 'Compartir y enlazar este sitio', copy: 'Copiar enlace', sections: 'Enlaces a cada sección', copied: 'Copiado.', articles: 'Artículos' },
} as const;

for (const locale of ['en', 'es'] as const) {
  const t = text[locale];

  test(`the ${locale} Atom feed parses and lists every article`, anyViewport, async ({ request }) => {
    const res = await request.get(`/${locale}/feed.xml`);
    expect(res.status()).toBe(200);
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed['@_xml:lang']).toBe(locale);
    type Link = { '@_href': string; '@_rel': string };
    type Entry = { id: string; updated: string; link: Link | Link[] };
    const entries = [feed.entry].flat() as Entry[];
    const alternate = (e: Entry) => [e.link].flat().find((l) => l['@_rel'] === 'alternate')!['@_href'];
    // Besides the articles, the feed carries the change log (entries on /changes/).
    const articles = entries.filter((e) => !e.id.includes('/changes/'));
    const links = articles.map((e) => new URL(alternate(e)).pathname).sort();
    expect(links).toEqual(articleSlugs(locale).map((s) => `/${locale}/articles/${s}/`).sort());
    expect(entries.length - articles.length).toBeGreaterThanOrEqual(1);
    for (const e of entries) expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });

  test(`every ${locale} article has its own share image, served by the site`, anyViewport, async ({ page, request }) => {
    for (const slug of articleSlugs(locale)) {
      await page.goto(`/${locale}/articles/${slug}/`);
      const og = await page.locator('meta[property="og:image"]').getAttribute('content');
      const path = new URL(og!).pathname;
      expect(path).toBe(`/${locale}/articles/${slug}/opengraph-image`);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
      const image = await request.get(path);
      expect(image.headers()['content-type']).toBe('image/png');
      expect((await image.body()).subarray(1, 4).toString()).toBe('PNG');
    }
  });

  test(`the ${locale} share page has stable links, section deep links and copy buttons`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/${locale}/share/`);
    await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
    for (const slug of articleSlugs(locale)) await expect(page.locator(`main a[href="/${locale}/articles/${slug}/"]`)).toHaveCount(1);
    const first = page.getByRole('region', { name: t.articles }).getByRole('heading', { level: 3 }).first();
    const title = await first.innerText();
    await page.getByRole('button', { name: `${t.copy}: ${title}`, exact: true }).click();
    await expect(page.getByText(t.copied).first()).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`/${locale}/articles/[a-z-]+/$`));
    // Every copy button names what it copies, so none is ambiguous to a screen reader.
    const names = await page.getByRole('button', { name: new RegExp(`^${t.copy}: `) }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(new Set(names).size).toBe(names.length);
    // A section deep link lands on its heading.
    await page.getByText(t.sections).first().click();
    const deep = page.locator(`main details a[href*="#"]`).first();
    const href = (await deep.getAttribute('href'))!;
    await deep.click();
    await expect(page.locator(`#${href.split('#')[1]}`)).toBeInViewport();
  });
}

test('every page has link-preview metadata, hreflang alternates and the feed link', anyViewport, async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of sitemapPaths()) {
    await page.goto(path);
    await expect(page.locator('meta[property="og:title"]'), path).toHaveCount(1);
    await expect(page.locator('meta[name="twitter:card"]'), path).toHaveCount(1);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]'), path).toHaveCount(1);
    await expect(page.locator('link[rel="alternate"][hreflang="es"]'), path).toHaveCount(1);
    if (path !== '/') await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]'), path).toHaveCount(1);
  }
});

test('the sitemap lists every page with its language alternates', anyViewport, async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const urls = [new XMLParser({ ignoreAttributes: false }).parse(xml).urlset.url].flat();
  for (const u of urls) {
    const langs = [u['xhtml:link']].flat().map((l: { '@_hreflang': string }) => l['@_hreflang']).sort();
    expect(langs, u.loc).toEqual(['en', 'es', 'x-default']);
  }
  expect(urls.length).toBe(sitemapPaths().length);
});

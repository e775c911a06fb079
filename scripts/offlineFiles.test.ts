import { describe, expect, it } from 'vitest';
import { localeFiles, referencedAssets, rootFiles, urlFor } from './offlineFiles.mjs';

const exported = [
  'index.html',
  'index.txt',
  '404.html',
  'sitemap.xml',
  'robots.txt',
  'icon.svg',
  'fonts/NotoSans-Regular-subset.ttf',
  'fonts/OFL.txt',
  'icons/icon-192.png',
  '_next/static/chunks/app.js',
  '_next/static/chunks/app.js.br',
  '_next/static/chunks/app.js.gz',
  'en/script/goals.json',
  'es/script/goals.json',
  'en/index.html.br',
  '_next/static/chunks/app.js.map',
  '_next/static/chunks/site.css',
  '_next/static/media/icon.svg',
  'en/index.html',
  'en/index.txt',
  'en/__next._tree.txt',
  'en/404/index.html',
  'en/offline/index.html',
  'en/articles/a/index.html',
  'en/articles/a/opengraph-image',
  'en/feed.xml',
  'en/manifest.webmanifest',
  'en/search/index.html',
  'en/search/words.json',
  'es/index.html',
  'es/articles/a/index.html',
  'es/manifest.webmanifest',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-ui.css',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind.en_1a2b.pf_meta',
  'pagefind/pagefind.es_3c4d.pf_meta',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.es.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/index/en_aaa.pf_index',
  'pagefind/index/es_bbb.pf_index',
  'pagefind/fragment/en_ccc.pf_fragment',
  'pagefind/fragment/es_ddd.pf_fragment',
  'pagefind/filter/en_eee.pf_filter',
];

describe('localeFiles', () => {
  const en = localeFiles(exported, 'en');
  it("holds the language's pages, manifest and search words, not its 404 page", () => {
    expect(en).toEqual(expect.arrayContaining(['en/index.html', 'en/offline/index.html', 'en/articles/a/index.html', 'en/search/index.html', 'en/search/words.json', 'en/manifest.webmanifest']));
    expect(en).not.toContain('en/404/index.html');
  });
  it('holds the shared assets, fonts and icons, without source maps', () => {
    expect(en).toEqual(expect.arrayContaining(['_next/static/chunks/app.js', '_next/static/chunks/site.css', '_next/static/media/icon.svg', 'fonts/NotoSans-Regular-subset.ttf', 'icons/icon-192.png', 'icon.svg']));
    expect(en).not.toContain('_next/static/chunks/app.js.map');
  });
  it("leaves out RSC payloads, share images, feeds and the other language's pages", () => {
    for (const f of ['en/index.txt', 'en/__next._tree.txt', 'en/articles/a/opengraph-image', 'en/feed.xml', 'sitemap.xml', 'index.html', 'es/index.html', 'es/manifest.webmanifest', 'fonts/OFL.txt']) {
      expect(en).not.toContain(f);
    }
  });
  it("holds Pagefind's runtime and only this language's index", () => {
    expect(en).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.en_1a2b.pf_meta', 'pagefind/wasm.en.pagefind', 'pagefind/wasm.unknown.pagefind', 'pagefind/index/en_aaa.pf_index', 'pagefind/fragment/en_ccc.pf_fragment', 'pagefind/filter/en_eee.pf_filter']));
    expect(en.filter((f) => f.includes('es_') || f.includes('.es.'))).toEqual([]);
    expect(localeFiles(exported, 'es')).toEqual(expect.arrayContaining(['pagefind/index/es_bbb.pf_index', 'pagefind/wasm.es.pagefind']));
  });
  it("saves Pagefind's UI bundles only when a page names them", () => {
    expect(en).not.toContain('pagefind/pagefind-ui.js');
    expect(localeFiles(exported, 'en', ['pagefind/pagefind-ui.css'])).toContain('pagefind/pagefind-ui.css');
  });
  it("holds every language's script set, for the side-by-side script offline", () => {
    expect(en).toEqual(expect.arrayContaining(['en/script/goals.json', 'es/script/goals.json']));
  });
  it('never holds the precompressed copies (the browser stores what it decoded)', () => {
    expect(en.filter((f) => /\.(br|gz)$/.test(f))).toEqual([]);
  });
  it('works without a search index', () => {
    expect(localeFiles(exported.filter((f) => !f.startsWith('pagefind/')), 'en').some((f) => f.startsWith('pagefind/'))).toBe(false);
  });
});

describe('rootFiles', () => {
  it('holds the chooser, each offline page that exists and what they name', () => {
    const html: Record<string, string> = {
      'index.html': '<link rel="stylesheet" href="/_next/static/chunks/site.css"/><script src="/_next/static/chunks/app.js"></script>',
      'en/offline/index.html': '<link rel="stylesheet" href="/_next/static/chunks/site.css"/>',
    };
    expect(rootFiles(exported, ['en', 'es'], (f) => html[f])).toEqual([
      '_next/static/chunks/app.js',
      '_next/static/chunks/site.css',
      'en/offline/index.html',
      'fonts/NotoSans-Regular-subset.ttf',
      'icon.svg',
      'index.html',
    ]);
  });
});

describe('referencedAssets and urlFor', () => {
  it('reads asset paths from HTML, including the flight data', () => {
    expect(referencedAssets('<script src="/_next/static/chunks/a.js"></script>["/_next/static/chunks/b.js"]')).toEqual(['_next/static/chunks/a.js', '_next/static/chunks/b.js']);
  });
  it('turns page files into the addresses people visit', () => {
    expect(urlFor('index.html')).toBe('/');
    expect(urlFor('en/about/index.html')).toBe('/en/about/');
    expect(urlFor('_next/static/chunks/a.js')).toBe('/_next/static/chunks/a.js');
  });
});

describe('the file checker offline', () => {
  it("holds the checker's pages and its worker's chunks, loaded only after the page", () => {
    const files = ['en/check-my-file/index.html', '_next/static/chunks/turbopack-worker-abc123.js', '_next/static/chunks/0worker1.js', '_next/static/media/checker.worker.abc.ts'];
    expect(localeFiles(files, 'en')).toEqual([...files].sort());
  });
});

// Runs after postbuild: builds the site search index with Pagefind into out/pagefind/.
// Pagefind writes one index per <html lang>, so a reader searches only their own language.
// Only content inside data-pagefind-body is indexed (see components/layout/PageShell.tsx).
// Prints, per language: pages indexed, words, and the bytes a browser may fetch for that
// language. Fails when a locale has no index, or when the questions page's exported text is
// missing a question of the bank (its no-JavaScript list is what gets indexed).
import { readdirSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

const out = 'out';
const bundle = join(out, 'pagefind');
if (!existsSync(join(out, 'sitemap.xml'))) throw new Error('search-index: out/ is missing; run `next build` first');

// i18n/routing.ts is the one list of locales; this script is plain Node, so it reads the list from the source.
const routing = readFileSync('i18n/routing.ts', 'utf8');
const locales = [...(routing.match(/locales:\s*\[([^\]]*)\]/)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
if (!locales.length) throw new Error('search-index: could not read the locales from i18n/routing.ts');

function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== '_next' && name !== 'pagefind') yield* htmlFiles(full);
    } else if (name.endsWith('.html')) yield full;
  }
}

rmSync(bundle, { recursive: true, force: true });
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`search-index: ${errors.join('; ')}`);

const stats = Object.fromEntries(locales.map((l) => [l, { pages: 0, words: 0 }]));
for (const file of htmlFiles(out)) {
  const content = readFileSync(file, 'utf8');
  if (!content.includes('data-pagefind-body')) continue;
  const lang = content.match(/<html[^>]*\blang="([^"]+)"/)?.[1] ?? '';
  const res = await index.addHTMLFile({ sourcePath: relative(out, file).split(sep).join('/'), content });
  if (res.errors.length) throw new Error(`search-index: ${file}: ${res.errors.join('; ')}`);
  stats[lang] ??= { pages: 0, words: 0 };
  stats[lang].pages += 1;
  stats[lang].words += res.file.uniqueWords;
}
const written = await index.writeFiles({ outputPath: bundle });
if (written.errors.length) throw new Error(`search-index: ${written.errors.join('; ')}`);
await pagefind.close();

// Pagefind's ready-made interfaces: the site has its own, so they are not published.
for (const name of readdirSync(bundle)) {
  if (/^pagefind-(ui|modular-ui|component-ui)\.|^pagefind-highlight\.js$/.test(name)) rmSync(join(bundle, name), { recursive: true, force: true });
}

// Bytes per language: its wasm, its index/fragment/filter chunks and meta, plus the shared loader.
// A search fetches the loader, the wasm, the meta and only the index and fragment chunks it needs.
const sizeOf = (p) => (existsSync(p) ? statSync(p).size : 0);
// pagefind.js starts a worker (pagefind-worker.js) that does the searching; both load on every search.
const shared = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'].reduce((n, f) => n + sizeOf(join(bundle, f)), 0);
const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
const mine = (dir, lang) => (existsSync(join(bundle, dir)) ? readdirSync(join(bundle, dir)).filter((f) => f.startsWith(`${lang}_`)).reduce((n, f) => n + sizeOf(join(bundle, dir, f)), 0) : 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const missing = [];
for (const lang of locales) {
  if (!entry.languages?.[lang] || !stats[lang]?.pages) {
    missing.push(lang);
    continue;
  }
  const meta = readdirSync(bundle).filter((f) => f.startsWith(`pagefind.${lang}_`)).reduce((n, f) => n + sizeOf(join(bundle, f)), 0);
  const wasm = sizeOf(join(bundle, `wasm.${lang}.pagefind`)) || sizeOf(join(bundle, 'wasm.unknown.pagefind'));
  const total = shared + meta + wasm + mine('index', lang) + mine('fragment', lang) + mine('filter', lang);
  console.log(`search-index: ${lang}: ${stats[lang].pages} pages, ${stats[lang].words} words (unique per page, summed), ${kb(total)} (wasm ${kb(wasm)}, index ${kb(mine('index', lang) + meta)}, fragments ${kb(mine('fragment', lang))}, shared loader ${kb(shared)})`);
}
if (missing.length) throw new Error(`search-index: no search index for ${missing.join(', ')} (no page with data-pagefind-body in that language?)`);
const stray = Object.keys(entry.languages ?? {}).filter((l) => !locales.includes(l));
if (stray.length) throw new Error(`search-index: an index for ${stray.join(', ')}, which is not a locale: a page has the wrong <html lang>`);

// The questions page is indexed from its no-JavaScript list: it must hold every question.
const text = (html) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
for (const lang of locales) {
  const dir = join('content', 'questions', lang);
  if (!existsSync(dir)) continue;
  const page = text(readFileSync(join(out, lang, 'questions', 'index.html'), 'utf8'));
  const absent = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).questions ?? [])
    .filter((q) => !page.includes(q.question.self.replace(/\s+/g, ' ')));
  if (absent.length) throw new Error(`search-index: /${lang}/questions/ lacks ${absent.length} question(s) in its exported text, e.g. "${absent[0].id}"`);
}

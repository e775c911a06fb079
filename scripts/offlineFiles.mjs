// Which exported files each offline copy holds. Pure: it gets file names (relative to out/,
// with forward slashes) and returns lists, so scripts/offlineFiles.test.ts can check it.

const isShared = (f) =>
  // Never the .br/.gz copies scripts/compress.mjs writes: the browser stores what it decoded.
  (f.startsWith('_next/static/') && !/\.(map|br|gz)$/.test(f)) ||
  /^fonts\/[^/]+\.(woff2?|ttf)$/.test(f) ||
  /^icons\/[^/]+\.png$/.test(f) ||
  f === 'icon.svg';

// Pagefind's runtime plus one language's index, fragments, filters, meta and wasm; other
// languages' index files are never loaded by this language's pages. Pagefind's ready-made UI
// bundles (~430 KB) are saved only if a page names them (`named`), as the search page may not use them.
const searchRuntime = new Set(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']);
function isSearchFile(f, locale, named) {
  if (!f.startsWith('pagefind/')) return false;
  const rest = f.slice('pagefind/'.length);
  if (searchRuntime.has(rest) || named.has(f)) return true;
  if (rest === `wasm.${locale}.pagefind` || rest === 'wasm.unknown.pagefind') return true;
  if (rest.startsWith(`pagefind.${locale}_`) && rest.endsWith('.pf_meta')) return true;
  return /^(index|fragment|filter)\/([^/]+)$/.test(rest) && rest.split('/')[1].startsWith(`${locale}_`);
}

/**
 * Files a locale's service worker precaches: every page of that language (its 404 page aside:
 * offline, an unknown address gets the offline page instead), its manifest and search words,
 * every language's script set (goals.json, for the side-by-side script),
 * the shared assets (all of _next/static, as tools load some chunks on demand), fonts and icons,
 * and that language's search index. Next's RSC payloads (*.txt) are left out: they are larger
 * than the HTML, and offline the router falls back to loading the page itself.
 */
export function localeFiles(files, locale, named = []) {
  const namedSet = new Set(named);
  const own = (f) =>
    f.startsWith(`${locale}/`) &&
    ((f.endsWith('/index.html') && !f.startsWith(`${locale}/404/`)) ||
      f === `${locale}/manifest.webmanifest` ||
      f === `${locale}/search/words.json`);
  // Every language's scripts (small JSON): the side-by-side printed script fetches the other
  // language's on demand, and that must work in the waiting room too.
  const scriptSets = (f) => /^[a-z]{2}(-[A-Za-z]+)?\/script\/goals\.json$/.test(f);
  return files.filter((f) => own(f) || scriptSets(f) || isShared(f) || isSearchFile(f, locale, namedSet)).sort();
}

/** `/_next/static/…` and `/pagefind/…` files an HTML page names (scripts, styles, preloads). */
export function referencedAssets(html) {
  return [...new Set([...html.matchAll(/\/((?:_next\/static|pagefind)\/[^"'\\\s)?#]+)/g)].map((m) => m[1]))].sort();
}

/**
 * The root worker's files: the language chooser and each language's offline page, with the
 * CSS, scripts, fonts and icon those pages name, so a page in a language that was not saved
 * still says "you are offline" in its own language.
 */
export function rootFiles(files, locales, htmlOf) {
  const pages = ['index.html', ...locales.map((l) => `${l}/offline/index.html`)].filter((f) => files.includes(f));
  const assets = pages.flatMap((p) => referencedAssets(htmlOf(p))).filter((f) => files.includes(f));
  const fonts = files.filter((f) => /^fonts\/[^/]+\.(woff2?|ttf)$/.test(f) || f === 'icon.svg');
  return [...new Set([...pages, ...assets, ...fonts])].sort();
}

/** A page file as the address people navigate to: `en/about/index.html` → `/en/about/`. */
export function urlFor(file) {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

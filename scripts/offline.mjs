// Runs last in `npm run build`: the opt-in offline copy. Nothing here runs in a visitor's
// browser until they press "Save this site for offline use" on the about page.
// - out/{locale}/sw.js (scope /{locale}/): Workbox precache of every page of that language,
//   the shared assets and that language's search index.
// - out/sw.js (scope /): the language chooser and every language's offline page, so a page in
//   a language that was not saved still says "you are offline" in its own language.
// - out/{locale}/offline.json: { files, bytes, build }, the size shown before saving.
// - `Cache-Control: no-cache` for the workers in out/_headers, so updates are seen at once.
import { appendFileSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';
import { localeFiles, referencedAssets, rootFiles, urlFor } from './offlineFiles.mjs';

const out = 'out';
// i18n/routing.ts is the only locale list; this plain-Node script reads the locales back from
// the export (every locale has a 404 page), as scripts/postbuild.mjs does.
const locales = readdirSync(out).filter((d) => existsSync(join(out, d, '404', 'index.html'))).sort();
if (!locales.length) throw new Error('offline: no locales found in out/; run `next build` first');

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else yield relative(out, full).split(sep).join('/');
  }
}
const all = [...walk(out)].filter((f) => !/(^|\/)(sw\.js|workbox-[^/]+\.js|offline\.json)$/.test(f));
const build = readFileSync('.next/BUILD_ID', 'utf8').trim();

// A navigation not in the precache tries the network; offline it gets this language's offline
// page. Not a blanket navigateFallback: online, real pages and real 404s must still come through.
const offlineFallback = (locale) => ({
  urlPattern: new Function('{ request, url }', `return request.mode === 'navigate' && url.pathname.startsWith(${JSON.stringify(`/${locale}/`)});`),
  handler: 'NetworkOnly',
  options: { precacheFallback: { fallbackURL: `/${locale}/offline/` } },
});

// Next's router fetches RSC payloads (*.txt) for client-side navigation. They are not saved
// (see offlineFiles.mjs); offline, an empty text/plain answer is not a flight response, so the
// router loads the page itself, which comes from the precache, instead of logging a failed fetch.
const rscFallback = {
  urlPattern: ({ url }) => url.origin === self.location.origin && /\/(index|__next\.[^/]*)\.txt$/.test(url.pathname),
  handler: 'NetworkOnly',
  options: { plugins: [{ handlerDidError: async () => new Response('', { status: 200, headers: { 'Content-Type': 'text/plain' } }) }] },
};

async function writeWorker({ swDest, files, runtimeCaching, cacheId, cleanupOutdatedCaches = true }) {
  const { count, size, warnings } = await generateSW({
    globDirectory: out,
    swDest,
    sourcemap: false,
    cacheId,
    mode: 'production',
    inlineWorkboxRuntime: true,
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches,
    // `?q=` on the search page, `_rsc` on router requests, `?icon.…` on the favicon.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    manifestTransforms: [
      (entries) => ({ manifest: entries.map((e) => ({ ...e, url: urlFor(e.url.replace(/^\//, '')) })) }),
    ],
    runtimeCaching,
    // generateSW hashes what its globs find: one literal glob per file, glob magic escaped.
    globPatterns: files.map((f) => f.replace(/[*?[\]{}()!@+]/g, '\\$&')),
  });
  for (const w of warnings) console.warn(`offline: ${w}`);
  return { count, size };
}

const gzipBytes = (files) => files.reduce((n, f) => n + gzipSync(readFileSync(join(out, f))).length, 0);
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
const rules = [];

for (const locale of locales) {
  const named = all.filter((f) => f.startsWith(`${locale}/`) && f.endsWith('.html')).flatMap((f) => referencedAssets(readFileSync(join(out, f), 'utf8')));
  const files = localeFiles(all, locale, named);
  const { count, size } = await writeWorker({
    swDest: join(out, locale, 'sw.js'),
    files,
    cacheId: `bys-${locale}`,
    runtimeCaching: [rscFallback, offlineFallback(locale)],
  });
  writeFileSync(join(out, locale, 'offline.json'), JSON.stringify({ files: count, bytes: size, build }) + '\n');
  rules.push(`/${locale}/sw.js`);
  console.log(`offline: /${locale}/sw.js precaches ${count} files, ${mb(size)} (${mb(gzipBytes(files))} gzipped)`);
}

const rootList = rootFiles(all, locales, (f) => readFileSync(join(out, f), 'utf8'));
const root = await writeWorker({
  swDest: join(out, 'sw.js'),
  files: rootList,
  cacheId: 'bys-root',
  runtimeCaching: locales.map(offlineFallback),
  // Workbox deletes every "-precache-" cache whose name contains the worker's scope. The root
  // scope (https://host/) is inside every language's cache name, so the root worker would delete
  // the languages' copies, even mid-download. Its own cache name never changes (fixed cacheId),
  // and Workbox still drops files that left the manifest, so nothing piles up without it.
  cleanupOutdatedCaches: false,
});
rules.push('/sw.js');
console.log(`offline: /sw.js precaches ${root.count} files, ${mb(root.size)} (${mb(gzipBytes(rootList))} gzipped)`);

// A worker must be revalidated on every check, or browsers may keep an old one for up to a day.
// Run twice on one export (after a search index is rebuilt), it adds the rules once.
const headers = readFileSync(join(out, '_headers'), 'utf8');
const missing = rules.filter((r) => !headers.includes(`\n${r}\n  Cache-Control: no-cache`));
if (missing.length) appendFileSync(join(out, '_headers'), `\n${missing.map((r) => `${r}\n  Cache-Control: no-cache`).join('\n\n')}\n`);

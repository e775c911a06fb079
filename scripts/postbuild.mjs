// Runs after `next build`: makes the exported site keep the privacy promises on any host.
// - Content-Security-Policy with the SHA-256 of each page's inline scripts, so script-src
//   needs no 'unsafe-inline': as a <meta> in every page (for hosts that set no headers) and
//   as per-page rules in out/_headers, which scripts/serve.mjs and Netlify/Cloudflare read.
// - out/_redirects: unknown paths get the 404 page of their locale, with status 404.
// - Fails when an exported page is missing from sitemap.xml, or the sitemap lists a page
//   that was not exported: the sitemap must be the real page list.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, rmSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { cspFor, isSearchPage, securityHeaders } from './security.mjs';
import { hollowStaticHtml } from './staticHtml.mjs';

const out = 'out';
if (!existsSync(out)) throw new Error('postbuild: out/ is missing; run `next build` first');

// Next writes these for its own pages-router fallback; our 404s are /404.html and /{locale}/404/.
for (const extra of ['_not-found', '404']) rmSync(join(out, extra), { recursive: true, force: true });

/** Files under `dir` (skipping Next's hashed assets) whose name passes `test`. */
function* filesIn(dir, test) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== '_next') yield* filesIn(full, test);
    } else if (test(name)) yield full;
  }
}

const inlineScript = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const headerRules = [];
const pages = [];
const staticSaved = [];

for (const file of filesIn(out, (n) => n.endsWith('.html'))) {
  let html = readFileSync(file, 'utf8');
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error(`postbuild ran twice on ${file}`);
  // Before the hashes: this rewrites the inline payload scripts.
  const hollowed = hollowStaticHtml(html);
  html = hollowed.html;
  if (hollowed.hollowed) staticSaved.push(hollowed.saved);
  const hashes = new Set();
  for (const [, body] of html.matchAll(inlineScript)) {
    if (body.length) hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  const rel = '/' + relative(out, file).split(sep).join('/');
  const urlPath = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  const wasm = isSearchPage(urlPath);
  // frame-ancestors is ignored (and warned about) in a <meta> policy: header only.
  const meta = cspFor([...hashes], { meta: true, wasm });
  html = html.replace(/<head>/, `<head><meta http-equiv="Content-Security-Policy" content="${meta}"/>`);
  writeFileSync(file, html);
  // Pages revalidate on every visit (a cheap 304 with the ETag), so a corrected fact reaches
  // readers at once; the hashed assets below never change and are cached for a year.
  headerRules.push(`${urlPath}
  Content-Security-Policy: ${cspFor([...hashes], { meta: false, wasm })}
  Cache-Control: no-cache`);
  pages.push(urlPath);
}

// Share images are written without an extension (…/opengraph-image); say what they are.
for (const image of filesIn(out, (n) => n === 'opengraph-image')) {
  headerRules.push(`/${relative(out, image).split(sep).join('/')}\n  Content-Type: image/png`);
}

// Next names these by content hash: a new build writes new names, so they can be kept forever.
headerRules.push('/_next/static/*\n  Cache-Control: public, max-age=31536000, immutable');

const common = Object.entries(securityHeaders).map(([k, v]) => `  ${k}: ${v}`).join('\n');
writeFileSync(join(out, '_headers'), `/*\n${common}\n\n${headerRules.join('\n\n')}\n`);

const locales = readdirSync(out).filter((d) => existsSync(join(out, d, '404', 'index.html')));
writeFileSync(
  join(out, '_redirects'),
  [...locales.map((l) => `/${l}/*  /${l}/404/  404`), '/*  /404.html  404'].join('\n') + '\n',
);

// The sitemap must match what was exported.
const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, u]) => new URL(u).pathname));
// Not pages people should find: the 404 pages, and the offline page the service workers show
// for an address that is not saved (scripts/offline.mjs).
const exported = pages.filter((p) => !p.endsWith('/404/') && !/^\/[^/]+\/offline\/$/.test(p) && p !== '/404.html');
const unlisted = exported.filter((p) => !listed.has(p));
const phantom = [...listed].filter((p) => !exported.includes(p));
if (unlisted.length || phantom.length) {
  throw new Error(`postbuild: sitemap.xml is out of step with the export.\n  not in sitemap: ${unlisted.join(', ') || '-'}\n  not exported: ${phantom.join(', ') || '-'}`);
}
console.log(`postbuild: CSP hashes for ${pages.length} pages; ${listed.size} sitemap URLs match the export.`);
if (staticSaved.length) {
  const kb = staticSaved.reduce((a, b) => a + b, 0) / 1024;
  console.log(`postbuild: static parts sent once on ${staticSaved.length} pages (payload ${kb.toFixed(0)} KB smaller before compression).`);
}

// Settings a deployer must not forget: printed, not fatal, so a local build still works.
if (!process.env.SITE_CONTACT_URL) {
  console.warn('postbuild: warning: SITE_CONTACT_URL is not set. Every page says no contact address was set, and "Report a problem" has nowhere to go. Set it to a mailto: address or a web form when you deploy.');
}
// The same test as content/localAddress.ts (this script runs as plain Node, without the app's TypeScript).
const siteHost = (() => {
  try {
    return new URL(process.env.SITE_URL || 'http://localhost:3000').hostname.replace(/^\[|\]$/g, '');
  } catch {
    return 'localhost';
  }
})();
if (siteHost === 'localhost' || siteHost.endsWith('.localhost') || siteHost === '::1' || siteHost === '0.0.0.0' || /^127\./.test(siteHost)) {
  console.warn(
    `postbuild: warning: SITE_URL is ${process.env.SITE_URL ? `"${process.env.SITE_URL}", an address on this computer` : 'not set'}. ` +
      'Every QR code and address printed on the handouts points to this computer, and patients cannot open it. ' +
      'Set it to the public address when you build for printing or deploying: SITE_URL=https://example.org npm run build',
  );
}

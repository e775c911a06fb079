// Serves the exported site in out/ exactly as a static host would: the headers from
// out/_headers, the 404 rules from out/_redirects (status 404, in the path's language),
// and a redirect to the trailing-slash URL. No logging of requests: nothing is kept.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

const root = process.env.OUT_DIR || 'out';
const port = Number(process.env.PORT || 3000);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve: ${root}/index.html not found. Run \`npm run build\` first.`);
  process.exit(1);
}

const toRegExp = (pattern) => new RegExp('^' + pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');

// Netlify/Cloudflare `_headers`: a path line, then indented "Name: value" lines.
const headerRules = [];
for (const line of readFileSync(join(root, '_headers'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  if (!/^\s/.test(line)) headerRules.push({ match: toRegExp(line.trim()), headers: {} });
  else {
    const i = line.indexOf(':');
    headerRules.at(-1).headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
}
const notFoundRules = readFileSync(join(root, '_redirects'), 'utf8')
  .split('\n')
  .map((l) => l.trim().split(/\s+/))
  .filter((parts) => parts[2] === '404')
  .map(([from, to]) => ({ match: toRegExp(from), file: to.endsWith('/') ? `${to}index.html` : to }));

function applyHeaders(res, path) {
  for (const rule of headerRules) if (rule.match.test(path)) for (const [k, v] of Object.entries(rule.headers)) res.setHeader(k, v);
}

// brotli/gzip: serve the .br/.gz copies scripts/compress.mjs made at build time to browsers
// that accept them (with Vary: Accept-Encoding). Caching comes from out/_headers, as on a host.
const assets = sirv(root, {
  dev: false,
  etag: true,
  dotfiles: false,
  brotli: true,
  gzip: true,
});

function notFound(req, res, path) {
  const rule = notFoundRules.find((r) => r.match.test(path));
  const file = rule ? join(root, rule.file) : join(root, '404.html');
  applyHeaders(res, rule?.file.replace(/index\.html$/, '') ?? '/404.html');
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Vary', 'Accept-Encoding');
  // The precompressed copy when the browser takes it, as for every other page.
  const accepts = String(req.headers['accept-encoding'] || '');
  const encoding = [['br', '.br'], ['gzip', '.gz']].find(([name, ext]) => accepts.includes(name) && existsSync(file + ext));
  if (encoding) res.setHeader('Content-Encoding', encoding[0]);
  res.end(req.method === 'HEAD' ? undefined : readFileSync(encoding ? file + encoding[1] : file));
}

createServer((req, res) => {
  let path;
  let search = '';
  try {
    const url = new URL(req.url, 'http://x');
    path = decodeURIComponent(url.pathname);
    search = url.search;
  } catch {
    return notFound(req, res, '/');
  }
  // The 404 pages are served for unknown paths only; their own URLs are not pages.
  if (/^\/[^/]+\/404\/?$/.test(path) || ['/404.html', '/_headers', '/_redirects'].includes(path)) return notFound(req, res, path);
  const last = path.split('/').pop();
  if (last && !last.includes('.') && existsSync(join(root, path, 'index.html'))) {
    // Keep the query (a link such as /en/search?q=dicom from another site).
    res.writeHead(308, { Location: `${encodeURI(path)}/${search}` });
    return res.end();
  }
  // Anything _headers does not cover is revalidated rather than cached on a guess.
  res.setHeader('Cache-Control', 'no-cache');
  applyHeaders(res, path);
  assets(req, res, () => notFound(req, res, path));
}).listen(port, () => console.log(`Before Your Scan: http://localhost:${port}/ (serving ${root}/)`));

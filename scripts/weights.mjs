// What a first visit to a page downloads, shared by `npm run bench` and `npm run check:budgets`:
// the page's HTML as served (Brotli, made by scripts/compress.mjs; gzip for reference) and every
// JavaScript chunk it loads, against a bare Next.js page built here with the same Next.js.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const floorDir = 'bench-results/floor';

/** Builds the floor app (one layout, one page, one heading; static export like the site). */
export function buildFloor() {
  rmSync(floorDir, { recursive: true, force: true });
  mkdirSync(join(floorDir, 'app'), { recursive: true });
  writeFileSync(join(floorDir, 'next.config.mjs'), `export default { output: 'export', trailingSlash: true, turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`);
  writeFileSync(join(floorDir, 'app/layout.js'), `export default function L({ children }) { return <html lang="en"><body>{children}</body></html>; }\n`);
  writeFileSync(join(floorDir, 'app/page.js'), `export default function P() { return <h1>Floor</h1>; }\n`);
  execSync(`npx next build ${floorDir}`, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  return join(floorDir, 'out');
}

const chunkGzip = new Map();
/** Every chunk a page loads: <script src>, preloads, and chunks named in the inline flight data; noModule ones excluded. */
export function pageWeight(dir, file) {
  const html = readFileSync(join(dir, file));
  const text = html.toString('utf8');
  const noModule = new Set([...text.matchAll(/<script src="([^"]+)" noModule/g)].map((m) => m[1]));
  const chunks = new Set([...text.matchAll(/\/_next\/static\/[^"'\\\s]+?\.js/g)].map((m) => m[0]).filter((c) => !noModule.has(c)));
  let js = 0;
  for (const c of chunks) {
    const key = join(dir, c);
    if (!chunkGzip.has(key)) chunkGzip.set(key, gzipSync(readFileSync(key)).length);
    js += chunkGzip.get(key);
  }
  // The .br the server sends when there is one (compress.mjs skips nothing this size); else made here.
  const served = join(dir, `${file}.br`);
  const htmlBrotli = existsSync(served) ? readFileSync(served).length : brotliCompressSync(html).length;
  return { jsGzip: js, chunks: chunks.size, html: html.length, htmlGzip: gzipSync(html, { level: 9 }).length, htmlBrotli };
}

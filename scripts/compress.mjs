// Runs last in `npm run build`: writes a Brotli (.br) and a gzip (.gz) copy next to every
// text file in out/, compressed once at the highest settings. `npm start` (scripts/serve.mjs)
// serves them to browsers that accept them, and so does any static host that looks for
// precompressed files, so no server compresses on the fly and a cheap phone on slow 4G
// downloads a fraction of the bytes.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const out = process.argv[2] || 'out';
// Pagefind's index and fragment files are already gzip-compressed by Pagefind; images and
// fonts (woff2) are compressed formats. Small files gain nothing worth a second request path.
const textFile = /\.(html|css|js|mjs|json|txt|xml|svg|webmanifest|map)$/;
const minBytes = 1024;
// The offline copy's service workers stay as one plain file each: they are fetched only when a
// reader saves the site and on the browser's update checks, and e2e/offline.spec.ts simulates a
// new build by changing the served file in place, which a stale .br copy would hide.
const skip = (file) => /(^|[\\/])sw\.js$/.test(file);

let files = 0;
let raw = 0;
let br = 0;
let gz = 0;
function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else yield full;
  }
}
// zlib's async calls run on libuv's thread pool, so every core compresses at once.
await Promise.all(
  [...walk(out)].filter((f) => textFile.test(f) && !skip(f)).map(async (file) => {
    const body = readFileSync(file);
    if (body.length < minBytes) return;
    const [b, g] = await Promise.all([
      brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      gzipAsync(body, { level: 9 }),
    ]);
    writeFileSync(`${file}.br`, b);
    writeFileSync(`${file}.gz`, g);
    files += 1;
    raw += body.length;
    br += b.length;
    gz += g.length;
  }),
);
const mb = (n) => `${(n / 1048576).toFixed(2)} MB`;
console.log(`compress: ${files} files, ${mb(raw)} → ${mb(br)} Brotli (${((br / raw) * 100).toFixed(0)} %), ${mb(gz)} gzip (${((gz / raw) * 100).toFixed(0)} %)`);

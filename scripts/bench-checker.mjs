// npm run bench -- --checker: how long the file checker takes, and what its worker weighs.
// Timings run the worker's own batch code (components/checker/batch.ts) in Node over invented
// files held in memory, so they measure parsing and cleaning, not the disk or the browser.
// Sizes are read from the built site (out/), where Turbopack emits the worker as its own
// chunk list, loaded at idle after the page and never in its first-load JS.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';

const { makeDicom } = await tsImport('../components/checker/fixtures.ts', import.meta.url);
const { checkBatch, cleanBatch } = await tsImport('../components/checker/batch.ts', import.meta.url);

const source = (path, bytes) => ({ path, size: bytes.length, read: async (end) => bytes.subarray(0, end) });
const options = { dates: 'shift', keepPatientCharacteristics: false, keepDeviceIdentity: false, keepInstitutionIdentity: false, keepDescriptions: false };
const quiet = { skipped: () => {}, progress: () => {} };

async function time(fn, runs = 3) {
  const ms = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await fn();
    ms.push(performance.now() - start);
  }
  return { ms: ms.sort((a, b) => a - b)[Math.floor(runs / 2)], result };
}

// 500 small files (one CT slice's worth of header, 8 KB of pixels), in 5 studies of 2 series.
const small = Array.from({ length: 500 }, (_, i) =>
  source(`CD/DICOM/IMG${i}`, makeDicom({ studyUid: `2.25.77${i % 5}`, seriesUid: `2.25.88${i % 10}`, privateTags: 20, pixelBytes: new Uint8Array(8192) })),
);
// One 200 MB file (a long multi-frame series in one object).
const bigBytes = makeDicom({ pixelBytes: new Uint8Array(200 * 1024 * 1024).fill(7) });
const big = [source('BIG.dcm', bigBytes)];

const check500 = await time(() => checkBatch(small, quiet));
const clean500 = await time(() => cleanBatch(check500.result.checked, options, () => {}));
const checkBig = await time(() => checkBatch(big, quiet));
const cleanBig = await time(() => cleanBatch(checkBig.result.checked, options, () => {}));

const fmt = (ms) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
console.log(`\nFile checker, in Node ${process.version} (median of 3):`);
console.log(`  check 500 small files (${(small.reduce((n, s) => n + s.size, 0) / 1024 ** 2).toFixed(1)} MB): ${fmt(check500.ms)}`);
console.log(`  clean 500 small files into a zip (${(clean500.result.blob.size / 1024 ** 2).toFixed(1)} MB): ${fmt(clean500.ms)}`);
console.log(`  check one ${(bigBytes.length / 1024 ** 2).toFixed(0)} MB file (header only): ${fmt(checkBig.ms)}`);
console.log(`  clean one ${(bigBytes.length / 1024 ** 2).toFixed(0)} MB file: ${fmt(cleanBig.ms)}`);

// The worker's chunks: Turbopack lists them next to the worker entry ("turbopack-worker-…").
const chunkDir = 'out/_next/static/chunks';
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let lists = [];
if (existsSync(chunkDir)) {
  for (const f of readdirSync(chunkDir).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(join(chunkDir, f), 'utf8');
    for (const m of text.matchAll(/"static\/chunks\/(turbopack-worker-[^"]+)",\[([^\]]*)\]/g)) {
      const files = [m[1], ...[...m[2].matchAll(/static\/chunks\/([^"]+)/g)].map((x) => x[1])];
      if (files.some((c) => readFileSync(join(chunkDir, c), 'utf8').includes('readSequenceItem'))) lists.push(files);
    }
  }
}
lists = [...new Map(lists.map((l) => [l.join(), l])).values()];
if (lists.length === 0) {
  console.log('\nChecker worker: not in out/ (build first, with a page that uses components/checker/workerClient.ts).');
} else {
  for (const files of lists) {
    let raw = 0;
    let gz = 0;
    console.log('\nChecker worker (parser, cleaner, zip writer), loaded at idle after the page:');
    for (const c of files) {
      const bytes = readFileSync(join(chunkDir, c));
      raw += bytes.length;
      gz += gzipSync(bytes).length;
      console.log(`  ${c.padEnd(36)} ${kb(bytes.length).padStart(10)} ${kb(gzipSync(bytes).length).padStart(10)} gz`);
    }
    console.log(`  ${'total'.padEnd(36)} ${kb(raw).padStart(10)} ${kb(gz).padStart(10)} gz (some runtime chunks are shared with the page and cached)`);
  }
}

// The same work through the real page in Chromium, as a patient meets it: files chosen in the
// input, from the moment of choosing until the results heading shows, then until the cleaned
// copy's download link shows. This includes reading the files from disk and the page's rendering.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
if (existsSync('out/en/check-my-file/index.html')) {
  const { chromium } = await import('@playwright/test');
  const words = JSON.parse(readFileSync('content/messages/en.json', 'utf8')).CheckerPage;
  const port = Number(process.env.BENCH_PORT || 3190);
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'bench-checker-'));
  const write = (name, bytes) => {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, bytes);
    return path;
  };
  const smallPaths = small.map((s, i) => write(`small/IMG${i}`, makeDicom({ studyUid: `2.25.77${i % 5}`, seriesUid: `2.25.88${i % 10}`, privateTags: 20, pixelBytes: new Uint8Array(8192) })));
  const bigPath = write('big/BIG.dcm', bigBytes);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
  try {
    await new Promise((r) => setTimeout(r, 500));
    const runOnce = async (paths) => {
      const page = await browser.newPage();
      await page.goto(`http://localhost:${port}/en/check-my-file/`);
      await page.locator('[data-worker="ready"]').waitFor();
      let start = performance.now();
      await page.getByLabel(words.filesLabel).setInputFiles(paths);
      await page.getByRole('heading', { name: words.resultsTitle }).waitFor({ timeout: 120_000 });
      const check = performance.now() - start;
      start = performance.now();
      await page.getByRole('button', { name: words.cleanButton }).click();
      await page.getByRole('heading', { name: words.cleanedTitle }).waitFor({ timeout: 120_000 });
      const clean = performance.now() - start;
      await page.close();
      return { check, clean };
    };
    const median = async (paths) => {
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await runOnce(paths));
      const mid = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[1];
      return { check: mid('check'), clean: mid('clean') };
    };
    const s = await median(smallPaths);
    const b = await median([bigPath]);
    console.log(`\nFile checker through the page, Chromium ${browser.version()} (median of 3; setInputFiles to results, then Clean to "ready"):`);
    console.log(`  500 small files: check ${fmt(s.check)}, clean into a zip ${fmt(s.clean)}`);
    console.log(`  one ${(bigBytes.length / 1024 ** 2).toFixed(0)} MB file: check ${fmt(b.check)}, clean ${fmt(b.clean)}`);
  } finally {
    await browser.close();
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

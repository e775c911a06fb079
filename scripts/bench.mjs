// npm run bench: JavaScript and HTML weight per page type, against the framework's floor.
// The floor is a bare one-heading App Router page built here, in this run, with the same
// Next.js, so the ratio says what this site adds. Not a test: it prints and writes JSON.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildFloor, floorDir, pageWeight } from './weights.mjs';

const run = (cmd, cwd = '.') => execSync(cmd, { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });

if (!existsSync('out/index.html') || process.argv.includes('--rebuild')) run('npm run build');

const floor = floorDir;
buildFloor();

const floorWeight = pageWeight(join(floor, 'out'), 'index.html');
const pageTypes = [
  { type: 'language chooser', file: 'index.html' },
  { type: 'home', file: 'en/index.html' },
  { type: 'standing page (about)', file: 'en/about/index.html' },
  { type: 'not found', file: 'en/404/index.html' },
  { type: 'article (US rights, the longest)', file: 'en/articles/your-rights-in-the-us/index.html' },
  { type: 'checklist', file: 'en/checklists/before-your-scan/index.html' },
  { type: 'question generator', file: 'en/questions/index.html' },
  { type: 'script', file: 'en/script/index.html' },
  { type: 'script, every letter', file: 'en/script/all/index.html' },
  { type: 'handout', file: 'en/handouts/five-things-to-know-us/index.html' },
  { type: 'handouts index', file: 'en/handouts/index.html' },
  { type: 'handouts, print all', file: 'en/handouts/print-all/us/index.html' },
  { type: 'search', file: 'en/search/index.html' },
  { type: 'file checker', file: 'en/check-my-file/index.html' },
].filter((p) => existsSync(join('out', p.file)));

const rows = pageTypes.map((p) => {
  const w = pageWeight('out', p.file);
  return { ...p, ...w, ratioToFloor: Number((w.jsGzip / floorWeight.jsGzip).toFixed(3)) };
});

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`\nFramework floor (bare page, Next ${JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')).version}): ${kb(floorWeight.jsGzip)} JS gzipped in ${floorWeight.chunks} chunks\n`);
console.log('page type'.padEnd(34), 'JS gz'.padStart(10), 'ratio'.padStart(7), 'HTML'.padStart(10), 'HTML gz'.padStart(10), 'HTML br'.padStart(10));
for (const r of rows) {
  console.log(r.type.padEnd(34), kb(r.jsGzip).padStart(10), r.ratioToFloor.toFixed(3).padStart(7), kb(r.html).padStart(10), kb(r.htmlGzip).padStart(10), kb(r.htmlBrotli).padStart(10));
}
// Loaded only when someone asks for a calendar reminder, so not part of the script page's weight above.
const chunkDir = 'out/_next/static/chunks';
const icsChunk = readdirSync(chunkDir).find((f) => f.endsWith('.js') && readFileSync(join(chunkDir, f), 'utf8').includes('X-WR-CALNAME'));
const icsGzip = icsChunk ? gzipSync(readFileSync(join(chunkDir, icsChunk))).length : 0;
if (icsChunk) console.log(`\nscript page: the .ics generator (ical-generator) loads on demand: ${kb(icsGzip)} gzipped (${icsChunk})`);

// The question generator's selection function: median time per call over five runs.
const select = JSON.parse(execSync('npx tsx scripts/bench-select.ts', { encoding: 'utf8' }).trim().split('\n').pop());
console.log(`\nselectQuestions, largest input (every answer, every worry): ${(select.msPerCall * 1000).toFixed(1)} µs per call with the ${select.bankSize}-question bank; ${(select.bigMsPerCall * 1000).toFixed(1)} µs with ${select.bigBankSize} questions`);

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify({ date: new Date().toISOString(), floor: floorWeight, pages: rows, icsOnDemandGzip: icsGzip, selectQuestions: select }, null, 2));
console.log('\nwritten: bench-results/bench.json');

// --lighthouse: Lighthouse mobile on each page type beside the floor (slow: minutes per run).
if (process.argv.includes('--lighthouse')) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) || 5);
  run(`node scripts/compress.mjs ${join(floor, 'out')}`);
  const { benchLighthouse } = await import('./bench-lighthouse.mjs');
  await benchLighthouse({
    floorOut: join(floor, 'out'),
    pages: pageTypes.filter((p) => p.file !== 'en/404/index.html').map((p) => ({ type: p.type, path: '/' + p.file.replace(/index\.html$/, '') })),
    runs,
  });
}

// --build: build wall time, as it is and with the content doubled (linear growth expected).
if (process.argv.includes('--build')) {
  const { benchBuild } = await import('./bench-build.mjs');
  const result = benchBuild();
  writeFileSync('bench-results/build.json', JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2));
}

// --checker: the file checker's timings (500 small files, one 200 MB file) and its worker's size.
if (process.argv.includes('--checker')) await import('./bench-checker.mjs');

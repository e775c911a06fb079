// npm run check:budgets (part of `npm test`, after the build): every exported page against the
// byte budget of its type, so a change that makes patients on a cheap phone download more
// fails CI instead of slipping in. Two numbers per page:
//  - HTML as served (Brotli, what a browser that accepts it downloads; gzip shown beside it);
//  - first-visit JavaScript (gzip) as a ratio to a bare Next.js page built here with the same
//    Next.js: what the site adds to the framework's own floor.
// A page that matches no type fails too: a new kind of page gets its budget on purpose.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildFloor, floorDir, pageWeight } from './weights.mjs';

const KB = 1024;
/** Budgets per page type: `html` in KB Brotli, `js` as a ratio to the floor. First match wins. */
const budgets = [
  { type: 'language chooser', match: /^\/$/, html: 5, js: 1.02 },
  { type: 'home', match: /^\/[^/]+\/$/, html: 12, js: 1.03 },
  { type: 'not found', match: /^\/([^/]+\/404\/|404\.html)$/, html: 6, js: 1.03 },
  // The goal. The longest (Spanish US rights) is 14.1 KB in Brotli: the article's words
  // are sent once, not again in the framework's payload (components/ui/StaticHtml.tsx).
  { type: 'article', match: /^\/[^/]+\/articles\/[a-z0-9-]+\/$/, html: 15, js: 1.03 },
  { type: 'checklist', match: /^\/[^/]+\/checklists\/[a-z0-9-]+\/$/, html: 10, js: 1.04 },
  // The issue allows 25 KB; the page is 18.3 KB (Spanish) since its no-JavaScript question list
  // is sent once (StaticHtml), so the budget holds that gain.
  { type: 'question generator', match: /^\/[^/]+\/questions\/$/, html: 20, js: 1.08 },
  { type: 'script', match: /^\/[^/]+\/script\/$/, html: 25, js: 1.12 },
  // The parser and writer (dicom-parser, fflate) load in a worker after the page, never in its first-load JS.
  { type: 'file checker', match: /^\/[^/]+\/check-my-file\/$/, html: 25, js: 1.1 },
  { type: 'script, every letter', match: /^\/[^/]+\/script\/all\/$/, html: 22, js: 1.03 },
  { type: 'handouts, print all', match: /^\/[^/]+\/handouts\/print-all\/[a-z-]+\/$/, html: 22, js: 1.04 },
  { type: 'handouts index', match: /^\/[^/]+\/handouts\/$/, html: 20, js: 1.04 },
  { type: 'handout', match: /^\/[^/]+\/handouts\/[a-z0-9-]+\/$/, html: 15, js: 1.04 },
  { type: 'search', match: /^\/[^/]+\/search\/$/, html: 12, js: 1.05 },
  { type: 'glossary', match: /^\/[^/]+\/glossary\/$/, html: 12, js: 1.03 },
  // The about page carries the "save for offline use" control (about 2 KB of JavaScript).
  { type: 'about', match: /^\/[^/]+\/about\/$/, html: 10, js: 1.04 },
  { type: 'list or standing page', match: /^\/[^/]+\/[a-z0-9/-]+\/$/, html: 16, js: 1.03 },
];

function* pages(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== '_next') yield* pages(full);
    } else if (name.endsWith('.html')) yield relative('out', full).split(sep).join('/');
  }
}

if (!existsSync('out/index.html')) {
  console.error('check:budgets: out/ is missing; run `npm run build` first');
  process.exit(1);
}
const floorOut = existsSync(join(floorDir, 'out', 'index.html')) && !process.env.CI ? join(floorDir, 'out') : buildFloor();
const floor = pageWeight(floorOut, 'index.html');

const failures = [];
const worst = new Map();
let count = 0;
for (const file of pages('out')) {
  const path = '/' + file.replace(/index\.html$/, '');
  const budget = budgets.find((b) => b.match.test(path));
  if (!budget) {
    failures.push(`${path}: no budget for this kind of page; add one to scripts/check-budgets.mjs`);
    continue;
  }
  const w = pageWeight('out', file);
  const ratio = w.jsGzip / floor.jsGzip;
  count += 1;
  if (w.htmlBrotli > budget.html * KB) failures.push(`${path} (${budget.type}): HTML ${(w.htmlBrotli / KB).toFixed(1)} KB Brotli (${(w.htmlGzip / KB).toFixed(1)} KB gzip) is over ${budget.html} KB`);
  if (ratio > budget.js) failures.push(`${path} (${budget.type}): JavaScript ${(w.jsGzip / KB).toFixed(1)} KB gzip is ${ratio.toFixed(3)}× the floor, over ${budget.js}×`);
  const prev = worst.get(budget.type);
  if (!prev || w.htmlBrotli > prev.htmlBrotli) worst.set(budget.type, { path, ...w, ratio, budget });
}

console.log(`check:budgets: ${count} pages; floor ${(floor.jsGzip / KB).toFixed(1)} KB JS. Heaviest page of each type (HTML Brotli / budget, JS ratio / budget):`);
for (const [type, w] of worst) {
  console.log(`  ${type.padEnd(24)} ${(w.htmlBrotli / KB).toFixed(1).padStart(5)} / ${w.budget.html} KB   ${w.ratio.toFixed(3)} / ${w.budget.js}   ${w.path}`);
}
if (failures.length) {
  console.error(`\ncheck:budgets: ${failures.length} over budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}

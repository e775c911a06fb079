// npm run bench -- --lighthouse: Lighthouse's mobile run (emulated mid-range phone, 4x CPU
// slowdown, simulated slow 4G) on every page type, served by `npm start` exactly as a reader
// gets it, beside the bare Next.js floor page measured in the same run. Scores on two cores
// are noisy, so pages are measured round-robin (noise spreads over all of them) and the
// median of RUNS is reported. Not part of `npm test`: it prints and writes JSON.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/**
 * @param {{ floorOut: string, pages: { type: string, path: string }[], runs: number }} opts
 * `floorOut` is the floor app's export; `pages` are paths on the site.
 */
export async function benchLighthouse({ floorOut, pages, runs }) {
  // The floor is served by the same server, so both get the same compression and caching.
  if (!existsSync(join(floorOut, '_headers'))) writeFileSync(join(floorOut, '_headers'), '/_next/static/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  if (!existsSync(join(floorOut, '_redirects'))) writeFileSync(join(floorOut, '_redirects'), '');
  const servers = [
    spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: '4301' }, stdio: 'ignore' }),
    spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: '4302', OUT_DIR: floorOut }, stdio: 'ignore' }),
  ];
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    await sleep(800);
    const targets = [{ type: 'bare Next.js page (floor)', url: 'http://localhost:4302/' }, ...pages.map((p) => ({ type: p.type, url: `http://localhost:4301${p.path}` }))];
    const samples = new Map(targets.map((t) => [t.type, []]));
    const failed = [];
    for (let run = 1; run <= runs; run++) {
      for (const t of targets) {
        const result = await lighthouse(t.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        }).catch((e) => ({ lhr: { runtimeError: { message: String(e) } } }));
        const { categories: c, audits: a, runtimeError } = result.lhr;
        // A run Lighthouse could not finish (a busy machine, a page that timed out) is reported
        // and left out of the median, rather than ending the whole benchmark.
        if (runtimeError || !a?.['cumulative-layout-shift'] || !c?.performance) {
          failed.push(`${t.type}, run ${run}: ${runtimeError?.message ?? 'incomplete report'}`);
          process.stdout.write(`  run ${run}/${runs} ${t.type}: no result (${runtimeError?.code ?? runtimeError?.message ?? 'incomplete'})\n`);
          continue;
        }
        const sample = {
          performance: Math.round(c.performance.score * 100),
          accessibility: Math.round(c.accessibility.score * 100),
          bestPractices: Math.round(c['best-practices'].score * 100),
          seo: Math.round(c.seo.score * 100),
          lcpMs: Math.round(a['largest-contentful-paint'].numericValue),
          fcpMs: Math.round(a['first-contentful-paint'].numericValue),
          tbtMs: Math.round(a['total-blocking-time'].numericValue),
          cls: Number(a['cumulative-layout-shift'].numericValue.toFixed(3)),
          // What the other categories lost points on, for the note.
          failing: Object.values(a)
            .filter((x) => x.score !== null && x.score < 1 && ['accessibility', 'best-practices', 'seo'].some((cat) => c[cat].auditRefs.some((r) => r.id === x.id && r.weight > 0)))
            .map((x) => x.id),
        };
        samples.get(t.type).push(sample);
        process.stdout.write(`  run ${run}/${runs} ${t.type}: ${sample.performance} (LCP ${(sample.lcpMs / 1000).toFixed(1)} s, TBT ${sample.tbtMs} ms, CLS ${sample.cls})\n`);
      }
    }
    const median = (xs) => {
      const s = [...xs].sort((x, y) => x - y);
      return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    };
    const rows = targets.filter((t) => samples.get(t.type).length).map((t) => {
      const xs = samples.get(t.type);
      const pick = (k) => median(xs.map((x) => x[k]));
      return {
        type: t.type,
        url: t.url,
        performance: pick('performance'),
        min: Math.min(...xs.map((x) => x.performance)),
        runs: xs.length,
        accessibility: pick('accessibility'),
        bestPractices: pick('bestPractices'),
        seo: pick('seo'),
        lcpMs: pick('lcpMs'),
        tbtMs: pick('tbtMs'),
        cls: pick('cls'),
        failing: [...new Set(xs.flatMap((x) => x.failing))],
        samples: xs,
      };
    });
    const floor = rows[0];
    console.log(`\nLighthouse ${JSON.parse((await import('node:fs')).readFileSync('node_modules/lighthouse/package.json', 'utf8')).version}, mobile, median of ${runs} runs (lowest run in brackets)\n`);
    console.log('page'.padEnd(28), 'perf'.padStart(9), 'vs floor'.padStart(9), 'LCP'.padStart(7), 'TBT'.padStart(7), 'CLS'.padStart(7), 'a11y'.padStart(5), 'BP'.padStart(4), 'SEO'.padStart(4));
    for (const r of rows) {
      const diff = r === floor ? '' : `${r.performance - floor.performance >= 0 ? '+' : ''}${r.performance - floor.performance}`;
      console.log(
        r.type.padEnd(28),
        `${r.performance} (${r.min})`.padStart(9),
        diff.padStart(9),
        `${(r.lcpMs / 1000).toFixed(1)} s`.padStart(7),
        `${r.tbtMs} ms`.padStart(7),
        r.cls.toFixed(3).padStart(7),
        String(r.accessibility).padStart(5),
        String(r.bestPractices).padStart(4),
        String(r.seo).padStart(4),
        r.failing.length ? `  lost: ${r.failing.join(', ')}` : '',
      );
    }
    if (failed.length) console.log(`\nruns left out (${failed.length}):\n  ${failed.join('\n  ')}`);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/lighthouse.json', JSON.stringify({ date: new Date().toISOString(), runs, rows, failed }, null, 2));
    console.log('\nwritten: bench-results/lighthouse.json');
  } finally {
    await chrome.kill();
    for (const s of servers) s.kill();
  }
}

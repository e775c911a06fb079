// npm run bench -- --build: how `npm run build` grows with the amount of content. Builds this
// site as it is, then a temporary copy with every article, checklist and handout doubled (same
// text under a second slug, in every language), and prints wall time per page for both. Linear
// growth means the doubled build takes about twice as long minus the fixed start-up cost.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function timedBuild(cwd) {
  rmSync(join(cwd, '.next'), { recursive: true, force: true });
  rmSync(join(cwd, 'out'), { recursive: true, force: true });
  const start = process.hrtime.bigint();
  try {
    execSync('npm run build', { cwd, stdio: 'pipe', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_CONTACT_URL: 'mailto:corrections@example.org' } });
  } catch (e) {
    throw new Error(`build in ${cwd} failed:\n${String(e.stdout).slice(-3000)}\n${String(e.stderr).slice(-3000)}`);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const pages = (readFileSync(join(cwd, 'out', 'sitemap.xml'), 'utf8').match(/<loc>/g) ?? []).length;
  return { seconds, pages };
}

/** A copy of the project whose content has every article, checklist and handout twice. */
function doubledCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'bys-doubled-'));
  for (const name of readdirSync('.')) {
    if (['node_modules', '.next', 'out', 'bench-results', 'test-results', 'reports', '.git'].includes(name)) continue;
    cpSync(name, join(dir, name), { recursive: true });
  }
  // Hard links, not a symlink: Turbopack will not resolve packages outside the project root.
  execSync(`cp -al ${JSON.stringify(join(process.cwd(), 'node_modules'))} ${JSON.stringify(join(dir, 'node_modules'))}`);
  for (const kind of ['articles', 'checklists', 'handouts']) {
    const root = join(dir, 'content', kind);
    if (!existsSync(root)) continue;
    for (const locale of readdirSync(root)) {
      for (const file of readdirSync(join(root, locale))) {
        const [, slug, ext] = file.match(/^(.+)(\.[a-z]+)$/) ?? [];
        if (!slug) continue;
        let text = readFileSync(join(root, locale, file), 'utf8');
        // A handout's leaflet code must be unique: the copy gets its own.
        if (kind === 'handouts') text = text.replace(/"code":\s*"([A-Z-]+)-(\d+)"/, (_, p, n) => `"code": "${p}-${String(Number(n) + 50).padStart(2, '0')}"`);
        writeFileSync(join(root, locale, `${slug}-copy${ext}`), text);
      }
    }
  }
  return dir;
}

export function benchBuild() {
  console.log('\nbuild time: building the site as it is, then with its content doubled (a minute or two)…');
  const base = timedBuild('.');
  const copy = doubledCopy();
  let doubled;
  try {
    doubled = timedBuild(copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  const perPage = (r) => ((r.seconds / r.pages) * 1000).toFixed(0);
  // Fixed cost (start-up, framework) and cost per page, from the two points.
  const slope = (doubled.seconds - base.seconds) / (doubled.pages - base.pages);
  const fixed = base.seconds - slope * base.pages;
  console.log(`  as it is: ${base.pages} pages in ${base.seconds.toFixed(1)} s (${perPage(base)} ms per page)`);
  console.log(`  doubled:  ${doubled.pages} pages in ${doubled.seconds.toFixed(1)} s (${perPage(doubled)} ms per page)`);
  console.log(`  pages ×${(doubled.pages / base.pages).toFixed(2)}, time ×${(doubled.seconds / base.seconds).toFixed(2)}; about ${fixed.toFixed(1)} s fixed + ${(slope * 1000).toFixed(0)} ms per page`);
  return { base, doubled, fixedSeconds: fixed, secondsPerPage: slope };
}

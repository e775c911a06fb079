import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
const paths = [...readFileSync('out/sitemap.xml','utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(m => new URL(m[1]).pathname);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await b.newContext({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
const p = await ctx.newPage();
const seen = new Map();
for (const path of paths) {
  await p.goto('http://localhost:3100' + path);
  const r = await new AxeBuilder({ page: p }).withRules(['color-contrast','link-in-text-block']).analyze();
  for (const v of r.violations) for (const n of v.nodes) { const k = v.id + ' ' + n.target.join(' ') + ' :: ' + (n.any[0]?.message ?? '').slice(0, 120); if (!seen.has(k)) { seen.set(k, path); } }
}
for (const [k, path] of seen) console.log(path, k);
console.log('pages', paths.length);
await b.close();

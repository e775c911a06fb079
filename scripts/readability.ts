// Quick check while writing: npx tsx scripts/readability.ts content/articles/en/some-article.mdx …
import { readFileSync } from 'node:fs';
import { readabilityOf } from '../content/readability.ts';

for (const file of process.argv.slice(2)) {
  const locale = file.includes('/es/') ? 'es' : 'en';
  const r = readabilityOf(readFileSync(file, 'utf8'), locale);
  const label = r.measure === 'grade' ? `Flesch-Kincaid grade ${r.score.toFixed(1)} (max 8.0)` : `Fernández-Huerta ${r.score.toFixed(1)} (min 60)`;
  console.log(`${r.passes ? 'ok  ' : 'FAIL'} ${file}: ${r.words} words, ${label}`);
}

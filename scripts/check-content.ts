// npm run check:content: validates all content (as the build does) and prints every
// article's reading level, measured on its prose. Fails when an English article is above
// Flesch-Kincaid grade 8.0 or a Spanish one scores below 60 on the Fernández-Huerta scale.
import { getSupervisoryAuthorities, loadContent, terminologyInputs } from '../content/index.ts';
import { routing } from '../i18n/routing.ts';
import { findFirstMentionProblems, findTermProblems } from '../content/terminology.ts';
import { limits, readabilityOf } from '../content/readability.ts';
import { ContentError } from '../content/errors.ts';

try {
  const { articles, checklists, glossaries, scripts } = loadContent();
  // The complaint table (content/authorities/): a bad entry or source throws, naming file and field.
  const authorities = getSupervisoryAuthorities();
  const unverified = authorities.eea.filter((a) => a.complaintUrlVerified === false).map((a) => a.country);
  const rows = articles.map((a) => ({ file: a.file, ...readabilityOf(a.body, a.locale === 'es' ? 'es' : 'en') }));
  console.log('| article | words | measure | score | limit | result |');
  console.log('| --- | ---: | --- | ---: | ---: | --- |');
  for (const r of rows) {
    const [measure, limit] = r.measure === 'grade' ? ['Flesch-Kincaid grade', `≤ ${limits.enMaxGrade}`] : ['Fernández-Huerta ease', `≥ ${limits.esMinEase}`];
    console.log(`| ${r.file} | ${r.words} | ${measure} | ${r.score.toFixed(1)} | ${limit} | ${r.passes ? 'pass' : 'FAIL'} |`);
  }
  // The script tool's words are read aloud at a front desk and signed by the patient: the
  // article limits apply to what a patient says, the law notes, and the letters.
  const scriptRows = Object.entries(scripts.byLocale).flatMap(([locale, { goals }]) =>
    goals.flatMap((g) => {
      const variants = Object.values(g.variants).filter((v) => v !== undefined);
      const spoken = variants.flatMap((v) => [v.lawNote ?? '', v.spoken.opening, v.spoken.request, ...v.spoken.followUps, ...v.spoken.branches.flatMap((b) => [b.theySay, b.reply])]);
      const letters = variants.flatMap((v) => v.letter.paragraphs);
      const lang = locale === 'es' ? 'es' : 'en';
      return [
        { file: `content/scripts/${locale}/${g.goal}.json (spoken, law notes)`, ...readabilityOf(spoken.filter(Boolean).join('\n\n'), lang) },
        { file: `content/scripts/${locale}/${g.goal}.json (letters)`, ...readabilityOf(letters.join('\n\n'), lang) },
      ];
    }),
  );
  for (const r of scriptRows) {
    const [measure, limit] = r.measure === 'grade' ? ['Flesch-Kincaid grade', `≤ ${limits.enMaxGrade}`] : ['Fernández-Huerta ease', `≥ ${limits.esMinEase}`];
    console.log(`| ${r.file} | ${r.words} | ${measure} | ${r.score.toFixed(1)} | ${limit} | ${r.passes ? 'pass' : 'FAIL'} |`);
  }
  // Most articles are read in one sitting: 500-1400 words. The rights articles are reference
  // pages a reader jumps into, with a "How to ask" box per right: up to 2000.
  const maxWords = (file: string) => (articles.find((a) => a.file === file)?.meta.theme === 'your-rights' ? 2000 : 1400);
  const lengthProblems = rows.filter((r) => r.locale === 'en' && (r.words < 500 || r.words > maxWords(r.file)));
  for (const r of lengthProblems) console.error(`check:content: ${r.file}: ${r.words} words (500-${maxWords(r.file)} expected)`);
  // One word for each term of art, per language (content/terminology/{locale}.json).
  const termProblems = routing.locales.flatMap((locale) => {
    const inputs = terminologyInputs(locale);
    return inputs ? [...findTermProblems(inputs.files, inputs.sheet), ...findFirstMentionProblems(inputs.pages, inputs.sheet)] : [];
  });
  for (const p of termProblems) console.error(`check:content: terminology: ${p}`);
  const failed = [...rows, ...scriptRows].filter((r) => !r.passes);
  console.log(`\n${articles.length} articles, ${checklists.length} checklists, ${Object.keys(glossaries).length} glossaries, ${scriptRows.length / 2} script goals valid; ${failed.length} text(s) over the reading-level limit.`);
  console.log(`${authorities.eea.length} EEA supervisory authorities and the UK's valid${unverified.length ? `; complaint page still to check for ${unverified.join(', ')}` : ''}.`);
  if (termProblems.length) console.log(`${termProblems.length} terminology problem(s).`);
  if (failed.length || lengthProblems.length || termProblems.length) process.exit(1);
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}

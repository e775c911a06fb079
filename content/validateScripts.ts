import { z } from 'zod';
import { scriptCommonSchema, scriptGoalSchema, scriptSourceSchema, type ScriptCommon, type ScriptGoalContent, type ScriptSource, type ScriptVariant } from './schema';
import { scriptGoals, variantKeys } from './scriptInputs';
import { describeZodIssues, parseJsonFile, type RawFile } from './errors';

export type ScriptsContent = {
  /** Per locale: the goals in the order of `scriptGoals`, and the shared letter and follow-up text. */
  byLocale: Record<string, { goals: ScriptGoalContent[]; common: ScriptCommon; reviewed: boolean | undefined }>;
  sources: Record<string, ScriptSource>;
};

/** Placeholders each kind of text may use; anything else is a typo that would print as "{…}". */
const goalPlaceholders = new Set(['facility', 'scan', 'reason', 'contact', 'law', 'lawShort', 'authority']);
const followUpPlaceholders = new Set(['sent', 'request', 'citation', 'facility', 'complainTo']);
const placeholdersIn = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
/** "Elsewhere" texts are general: they must not cite a law the reader may not have. */
const legalWords = /\b(CFR|HIPAA|GDPR|RGPD|Article|Art\.|artículo)\b/i;

function stringsOf(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => stringsOf(v, `${path}.${i}`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringsOf(v, path ? `${path}.${k}` : k, out);
  return out;
}


/**
 * Parses content/scripts: one file per goal and a common.json per locale, plus the shared
 * sources.json. Checks what the schema cannot: citations present where a law applies and absent
 * "elsewhere", known placeholders and source ids, and translations that match the default
 * locale in goals, variants, deadlines, sources and placeholders.
 */
export function validateScripts(files: RawFile[], sourcesFile: RawFile | undefined, locales: readonly string[], defaultLocale: string, problems: string[]): ScriptsContent {
  const sources: Record<string, ScriptSource> = (sourcesFile && parseJsonFile(sourcesFile, z.record(z.string().regex(/^[a-z0-9-]+$/), scriptSourceSchema), problems)) || {};
  for (const [id, s] of Object.entries(sources)) if (s.uk && !sources[s.uk]) problems.push(`content/scripts/sources.json: ${id}.uk: "${s.uk}" is not a source id`);
  const byLocale: ScriptsContent['byLocale'] = {};
  if (!files.length) return { byLocale, sources };

  for (const locale of locales) {
    const mine = files.filter((f) => f.locale === locale);
    const commonFile = mine.find((f) => f.slug === 'common');
    if (!commonFile) {
      problems.push(`content/scripts/${locale}/common.json: missing`);
      continue;
    }
    const common = parseJsonFile(commonFile, scriptCommonSchema, problems);
    const goals: ScriptGoalContent[] = [];
    for (const f of mine.filter((f) => f.slug !== 'common')) {
      if (!(scriptGoals as readonly string[]).includes(f.slug)) {
        problems.push(`${f.file}: (file): "${f.slug}" is not a goal; goals are ${scriptGoals.join(', ')}`);
        continue;
      }
      const g = parseJsonFile(f, scriptGoalSchema, problems);
      if (!g) continue;
      if (g.goal !== f.slug) problems.push(`${f.file}: goal: must be "${f.slug}", the file's name`);
      if (locale !== defaultLocale && g.translationReviewed === undefined) problems.push(`${f.file}: translationReviewed: required for a translation`);
      checkGoal(f.file, g, sources, problems);
      goals.push(g);
    }
    for (const goal of scriptGoals) if (!goals.some((g) => g.goal === goal)) problems.push(`content/scripts/${locale}/${goal}.json: missing`);
    if (!common) continue;
    if (locale !== defaultLocale && common.translationReviewed === undefined) problems.push(`${commonFile.file}: translationReviewed: required for a translation`);
    for (const [path, text] of stringsOf(common.jurisdictions, 'jurisdictions')) {
      if (!path.includes('.followUp.')) continue;
      for (const p of placeholdersIn(text)) if (!followUpPlaceholders.has(p)) problems.push(`${commonFile.file}: ${path}: unknown placeholder {${p}}`);
    }
    for (const [j, info] of Object.entries(common.jurisdictions)) {
      for (const id of info.complaint.sources) if (!sources[id]) problems.push(`${commonFile.file}: jurisdictions.${j}.complaint.sources: "${id}" is not in content/scripts/sources.json`);
      if (j !== 'elsewhere' && !info.complaint.citation) problems.push(`${commonFile.file}: jurisdictions.${j}.complaint.citation: required, naming the rule`);
    }
    for (const [j, info] of Object.entries(common.jurisdictions)) {
      if (!info.complainToNamed) continue;
      const found = placeholdersIn(info.complainToNamed);
      if (!found.includes('authority') || found.some((p) => p !== 'authority' && p !== 'country')) problems.push(`${commonFile.file}: jurisdictions.${j}.complainToNamed: must contain {authority}, and no placeholder but {authority} and {country}`);
    }
    if (!common.letter.scanWithDate.includes('{date}')) problems.push(`${commonFile.file}: letter.scanWithDate: must contain {date}`);
    if (!common.letter.toAt.includes('{facility}')) problems.push(`${commonFile.file}: letter.toAt: must contain {facility}`);
    byLocale[locale] = {
      goals: scriptGoals.map((id) => goals.find((g) => g.goal === id)).filter((g): g is ScriptGoalContent => !!g),
      common,
      reviewed: locale === defaultLocale ? undefined : [common, ...goals].every((x) => x.translationReviewed !== false) ? undefined : false,
    };
  }

  // Translations must offer the same things, with the same deadlines, sources and blanks.
  const base = byLocale[defaultLocale];
  for (const [locale, mine] of Object.entries(byLocale)) {
    if (locale === defaultLocale || !base) continue;
    for (const g of mine.goals) {
      const original = base.goals.find((o) => o.goal === g.goal);
      if (!original) continue;
      const file = `content/scripts/${locale}/${g.goal}.json`;
      const shape = (x: ScriptGoalContent) => variantKeys.filter((k) => x.variants[k]).map((k) => `${k}:${JSON.stringify(x.variants[k]!.deadline && { ...x.variants[k]!.deadline, extension: 0 })}:${x.variants[k]!.sources.join()}`).join(' ');
      if (shape(g) !== shape(original)) problems.push(`${file}: variants: which variants exist, their deadlines and sources must match content/scripts/${defaultLocale}/${g.goal}.json`);
      samePlaceholders(file, { variants: g.variants }, { variants: original.variants }, problems);
    }
    samePlaceholders(`content/scripts/${locale}/common.json`, mine.common, base.common, problems);
    // A place's legal note and its addressee must exist in every language, or a translation would
    // silently lose the UK clock note or send an EU letter to a US "privacy officer". Other wording
    // (a sign-off, a record label) may differ by language.
    for (const [j, info] of Object.entries(mine.common.jurisdictions)) {
      const original = base.common.jurisdictions[j as keyof typeof base.common.jurisdictions];
      const shape = (x: typeof info) => `${x.deadlineNote ? 'deadlineNote ' : ''}${(['toDefault', 'toAt', 'greeting'] as const).filter((k) => x.letter?.[k]).join(' ')}`;
      if (shape(info) !== shape(original)) problems.push(`content/scripts/${locale}/common.json: jurisdictions.${j}: must have the same deadlineNote and addressee (toDefault, toAt, greeting) as content/scripts/${defaultLocale}/common.json ("${shape(info)}" ≠ "${shape(original)}")`);
    }
  }
  return { byLocale, sources };
}

function checkGoal(file: string, g: ScriptGoalContent, sources: Record<string, ScriptSource>, problems: string[]) {
  const present = variantKeys.filter((k) => g.variants[k]);
  if (!present.length) problems.push(`${file}: variants: needs at least one`);
  if (g.variants.gdpr && (g.variants.eu || g.variants.uk)) problems.push(`${file}: variants: use either gdpr (shared) or eu/uk, not both`);
  for (const key of present) {
    const v = g.variants[key] as ScriptVariant;
    const at = `variants.${key}`;
    for (const id of v.sources) if (!sources[id]) problems.push(`${file}: ${at}.sources: "${id}" is not in content/scripts/sources.json`);
    for (const [path, text] of stringsOf(v, at)) {
      for (const p of placeholdersIn(text)) {
        if (!goalPlaceholders.has(p)) problems.push(`${file}: ${path}: unknown placeholder {${p}}`);
        else if ((p === 'law' || p === 'lawShort') && key !== 'gdpr') problems.push(`${file}: ${path}: {${p}} is only for the shared gdpr text; name the law`);
      }
      if (key === 'elsewhere' && legalWords.test(text)) problems.push(`${file}: ${path}: "elsewhere" text must not cite a law (found "${text.match(legalWords)![0]}")`);
    }
    if (key === 'elsewhere') {
      if (v.citation) problems.push(`${file}: ${at}.citation: "elsewhere" gets general text without a legal citation`);
      if (v.deadline) problems.push(`${file}: ${at}.deadline: no rule sets a deadline "elsewhere"`);
    } else {
      if (!v.citation) problems.push(`${file}: ${at}.citation: required, naming the rule (e.g. 45 CFR 164.524)`);
      if (!v.sources.length) problems.push(`${file}: ${at}.sources: needs at least one source`);
    }
  }
}

function samePlaceholders(file: string, mine: unknown, original: unknown, problems: string[]) {
  const theirs = new Map(stringsOf(original, ''));
  for (const [path, text] of stringsOf(mine, '')) {
    const other = theirs.get(path);
    if (other === undefined) continue;
    const a = placeholdersIn(text).sort().join();
    const b = placeholdersIn(other).sort().join();
    if (a !== b) problems.push(`${file}: ${path}: placeholders must match the original (${a || 'none'} ≠ ${b || 'none'})`);
  }
}

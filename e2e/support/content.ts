import { readdirSync, readFileSync } from 'node:fs';

export type ChecklistData = { title: string; items: { id: string; label: string; why?: string }[] };

export function checklists(locale: 'en' | 'es'): { slug: string; data: ChecklistData }[] {
  const dir = `content/checklists/${locale}`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ slug: f.replace(/\.json$/, ''), data: JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) }));
}

export function checklist(locale: 'en' | 'es', slug: string): ChecklistData {
  return JSON.parse(readFileSync(`content/checklists/${locale}/${slug}.json`, 'utf8'));
}

export function articleSlugs(locale: 'en' | 'es'): string[] {
  return readdirSync(`content/articles/${locale}`).map((f) => f.replace(/\.mdx$/, ''));
}

export type BankQuestion = { id: string; question: { self: string; other: string }; when: Record<string, string[]>; priority: number };

/** The question bank of one locale, in topic-file order (the order does not matter to the tests). */
export function questionBank(locale: 'en' | 'es'): BankQuestion[] {
  const dir = `content/questions/${locale}`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')).questions as BankQuestion[]);
}

export type HandoutData = { title: string; link: string; questions?: string[]; place: 'us' | 'eu-uk' | 'all'; code: string; version: number };
export const handoutPlaces = ['us', 'eu-uk'] as const;

export function handouts(locale: 'en' | 'es'): { slug: string; data: HandoutData }[] {
  const dir = `content/handouts/${locale}`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ slug: f.replace(/\.json$/, ''), data: JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as HandoutData }));
}

/** One place's set of handouts, as the index and "print all" list them: its own by code, then those for every place. */
export function handoutSet(locale: 'en' | 'es', place: (typeof handoutPlaces)[number]) {
  return handouts(locale)
    .filter((h) => h.data.place === place || h.data.place === 'all')
    .sort((a, b) => Number(a.data.place === 'all') - Number(b.data.place === 'all') || a.data.code.localeCompare(b.data.code));
}

export type ScriptGoalData = { goal: string; title: string; variants: Record<string, { citation?: string; letter: { subject: string } } | undefined> };
export type ScriptCommonData = { jurisdictions: Record<'us' | 'eu' | 'uk' | 'elsewhere', { name: string; law: string; lawShort?: string }> };

/** The script tool's goal files, in the order the tool shows them. */
export function scriptContent(locale: 'en' | 'es'): { goals: ScriptGoalData[]; common: ScriptCommonData } {
  const order = ['ask', 'decline', 'revoke', 'restrict', 'confidential', 'accounting', 'access', 'erase'];
  const read = (name: string) => JSON.parse(readFileSync(`content/scripts/${locale}/${name}.json`, 'utf8'));
  return { goals: order.map(read), common: read('common') };
}

/** A goal's text for a place: its own variant, or the shared GDPR one for the EU and UK. */
export function scriptVariant(goal: ScriptGoalData, j: 'us' | 'eu' | 'uk' | 'elsewhere') {
  return goal.variants[j] ?? (j === 'eu' || j === 'uk' ? goal.variants.gdpr : undefined);
}

/**
 * Plural sentences for counts only the browser knows (files left out of a cleaned copy can be
 * any number, so the server cannot format one sentence per count as the search page does).
 * The server formats the message once per plural category of the language, with the smallest
 * count in that category, and puts "{count}" where the number was; the browser picks the
 * category with Intl.PluralRules and fills the number in.
 */
export type PluralTemplates = Partial<Record<Intl.LDMLPluralRule, string>>;

/** Server side. Counts under 1000 print without grouping, so the number is found as written. */
export function pluralTemplates(locale: string, format: (count: number) => string): PluralTemplates {
  const rules = new Intl.PluralRules(locale);
  const out: PluralTemplates = {};
  for (let n = 0; n < 1000; n++) {
    const category = rules.select(n);
    if (!(category in out)) out[category] = format(n).replace(String(n), '{count}');
  }
  return out;
}

/** Browser side. A category the message has no sentence for (Spanish "many") uses "other". */
export function pluralSentence(templates: PluralTemplates, locale: string, count: number): string {
  const template = templates[new Intl.PluralRules(locale).select(count)] ?? templates.other ?? '';
  return template.replace('{count}', count.toLocaleString(locale));
}

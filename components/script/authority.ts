import type { Authority } from '@/content/schema';
import type { EeaCountry } from '@/content/scriptInputs';

/** The table's entries as the browser gets them (content/authorities/, validated at build). */
export type AuthorityTable = { eea: Authority[]; uk: Authority };

/**
 * How a letter names the authority. The organisation is in that country, so the official name
 * always appears; an English letter adds the English name first when it differs.
 */
export function authorityForLetter(a: Authority, locale: string): { name: string; country: string } {
  const country = a.countryName[locale === 'es' ? 'es' : 'en'];
  if (locale !== 'en' || a.authority.en === a.authority.local) return { name: a.authority.local, country };
  return { name: `${a.authority.en} (${a.authority.local})`, country };
}

export const authorityFor = (table: AuthorityTable, country: EeaCountry | null): Authority | undefined =>
  country ? table.eea.find((a) => a.country === country) : undefined;

/** The EEA countries in the reader's alphabetical order, for the country list. */
export function countriesByName(table: AuthorityTable, locale: string): { code: EeaCountry; name: string }[] {
  const lang = locale === 'es' ? 'es' : 'en';
  const collator = new Intl.Collator(locale);
  return table.eea
    .map((a) => ({ code: a.country as EeaCountry, name: a.countryName[lang] }))
    .sort((x, y) => collator.compare(x.name, y.name));
}

import type { Authority } from '@/content/schema';
import type { EeaCountry } from '@/content/scriptInputs';

/** The table's entries as the browser gets them (content/authorities/, validated at build). */
export type AuthorityTable = { eea: Authority[]; uk: Authority };

/**
 * How a letter names the authority. The organisation is in that country, so the official name
 * always appears; an English letter adds the English name first when it differs.
 */
export function authorityForLetter(a: Authority, locale: string): { name: string; country: string } | undefined {
  // Where the national body is often not the one for a clinic (Germany's Länder), the letter
  // keeps to "the data protection authority"; the complaint step explains which one.
  if (a.nameInLetters === false) return undefined;
  const country = countryInSentence(a, locale);
  if (locale !== 'en' || a.authority.en === a.authority.local) return { name: withoutBrackets(a.authority.local), country };
  return { name: `${abbreviationOff(a.authority.en)} (${withoutBrackets(a.authority.local)})`, country };
}

/** "the Netherlands", "los Países Bajos": the country's name as a sentence needs it. */
export const countryInSentence = (a: Authority, locale: string) => (a.countryInSentence ?? a.countryName)[locale === 'es' ? 'es' : 'en'];

const trailingBrackets = / \(([^)]+)\)$/;
/** "Agencia Española de Protección de Datos (AEPD)" → "…, AEPD": safe inside brackets of its own. */
export const withoutBrackets = (name: string) => name.replace(trailingBrackets, ', $1');
/** "Spanish Data Protection Agency (AEPD)" → "Spanish Data Protection Agency", when the official name follows. */
const abbreviationOff = (name: string) => name.replace(trailingBrackets, '');

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

import { describe, expect, it } from 'vitest';
import { getSupervisoryAuthorities } from '@/content';
import { eeaCountries } from '@/content/scriptInputs';
import { authorityFor, authorityForLetter, countriesByName } from './authority';

const table = getSupervisoryAuthorities();

describe('authorities for the script tool', () => {
  it('finds each EEA country, and nothing without a country', () => {
    for (const c of eeaCountries) expect(authorityFor(table, c)?.country).toBe(c);
    expect(authorityFor(table, null)).toBeUndefined();
  });

  it('names the authority in a letter by its official name, with the English one first in English', () => {
    const es = authorityFor(table, 'ES')!;
    // No brackets inside brackets: the letters put the name in brackets of their own.
    expect(authorityForLetter(es, 'es')).toEqual({ name: 'Agencia Española de Protección de Datos, AEPD', country: 'España' });
    expect(authorityForLetter(es, 'en')).toEqual({ name: 'Spanish Data Protection Agency (Agencia Española de Protección de Datos, AEPD)', country: 'Spain' });
    const ie = authorityFor(table, 'IE')!;
    expect(authorityForLetter(ie, 'en')!.name).toBe(ie.authority.en);
    for (const a of table.eea) for (const l of ['en', 'es']) expect(authorityForLetter(a, l)?.name ?? '', a.country).not.toMatch(/\([^)]*\(/);
  });

  it('says "the Netherlands", and leaves Germany\'s federal body out of letters (a clinic answers to its Land)', () => {
    expect(authorityForLetter(authorityFor(table, 'NL')!, 'en')!.country).toBe('the Netherlands');
    expect(authorityForLetter(authorityFor(table, 'NL')!, 'es')!.country).toBe('los Países Bajos');
    expect(authorityForLetter(authorityFor(table, 'DE')!, 'en')).toBeUndefined();
  });

  it("lists the 30 countries in the reader's alphabetical order", () => {
    const en = countriesByName(table, 'en').map((c) => c.name);
    const es = countriesByName(table, 'es').map((c) => c.name);
    expect(en).toHaveLength(30);
    expect(en[0]).toBe('Austria');
    expect(es.indexOf('España')).toBeLessThan(es.indexOf('Estonia'));
    expect(es.indexOf('Alemania')).toBe(0);
  });
});

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
    expect(authorityForLetter(es, 'es')).toEqual({ name: es.authority.local, country: 'España' });
    expect(authorityForLetter(es, 'en')).toEqual({ name: `${es.authority.en} (${es.authority.local})`, country: 'Spain' });
    const ie = authorityFor(table, 'IE')!;
    expect(authorityForLetter(ie, 'en').name).toBe(ie.authority.en);
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

import { describe, expect, it } from 'vitest';
import { localizedSourceUrl, publisherKind, publishers, sourceProblem } from './publishers';

describe('accepted publishers', () => {
  it('accepts the law, regulators and journals on the list', () => {
    for (const url of [
      'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.524',
      'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679',
      'https://www.legislation.gov.uk/eur/2016/679/article/15',
      'https://www.hhs.gov/hipaa/for-professionals/faq/474/can-an-individual-revoke-his-or-her-authorization/index.html',
      'https://doi.org/10.1016/j.neuroimage.2022.119357',
    ]) expect(sourceProblem(url), url).toBeNull();
  });

  it('refuses mirrors, archives, course pages and copies, naming the host', () => {
    for (const [url, host] of [
      // A copy of a regulation on a hosting site, an archive of an HHS page, a course page, a look-alike host.
      ['https://regulations-copy.example.net/us/hipaa/164-520', 'regulations-copy.example.net'],
      ['https://public3.pagefreezer.com/content/HHS.gov/17-08-2021T06:42/https:/www.hhs.gov/', 'public3.pagefreezer.com'],
      ['https://training.example.edu/mod/page/view.php?id=105', 'training.example.edu'],
      ['https://ecfr.gov.example.com/current/title-45', 'ecfr.gov.example.com'],
      ['https://hhs.gov.evil.example/', 'hhs.gov.evil.example'],
    ]) expect(sourceProblem(url)).toBe(`${host} is not an accepted publisher (content/publishers.ts)`);
  });

  it('refuses old editions of a regulation, plain http and non-addresses', () => {
    expect(sourceProblem('http://edocket.access.gpo.gov/cfr_2023/octqtr/45cfr164.522.htm')).toBe('must use https');
    expect(sourceProblem('https://www.govinfo.gov/content/pkg/CFR-2023-title45-vol2/pdf/CFR-2023-title45-vol2-sec164-522.pdf')).toMatch(/old edition/);
    expect(sourceProblem('https://www.ecfr.gov/on/2019-01-01/title-45/section-164.522')).toMatch(/old edition/);
    expect(sourceProblem('http://www.hhs.gov/')).toBe('must use https');
    expect(sourceProblem('not a url')).toBe('is not a web address');
  });

  it('lists each host once and knows its kind', () => {
    expect(new Set(publishers.map((p) => p.host)).size).toBe(publishers.length);
    expect(publisherKind('https://www.ecfr.gov/current/title-45')).toBe('law');
    expect(publisherKind('https://ico.org.uk/x')).toBe('regulator');
    expect(publisherKind('https://example.org/')).toBeUndefined();
  });

  it('links EUR-Lex in the reader\'s language and leaves other addresses alone', () => {
    expect(localizedSourceUrl('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679', 'es')).toBe('https://eur-lex.europa.eu/legal-content/ES/TXT/?uri=CELEX:32016R0679');
    expect(localizedSourceUrl('https://eur-lex.europa.eu/legal-content/ES/TXT/?uri=CELEX:32016R0679', 'en')).toBe('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679');
    expect(localizedSourceUrl('https://www.legislation.gov.uk/eur/2016/679/article/15', 'es')).toBe('https://www.legislation.gov.uk/eur/2016/679/article/15');
  });
});

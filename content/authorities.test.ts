import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eeaAuthoritiesSchema, eeaCountries, ukAuthoritySchema, type Authority } from './schema';
import { publisherKind, sourceProblem } from './publishers';
import { validateAuthorities, type AuthorityFile } from './validateAuthorities';
import { getSupervisoryAuthorities } from './index';

// The real files, so the checks run on the table that ships.
const eeaFile: AuthorityFile = { file: 'content/authorities/eea.json', text: readFileSync('content/authorities/eea.json', 'utf8') };
const ukFile: AuthorityFile = { file: 'content/authorities/uk.json', text: readFileSync('content/authorities/uk.json', 'utf8') };
const eea: Authority[] = JSON.parse(eeaFile.text);
const uk: Authority = JSON.parse(ukFile.text);
const all = [...eea, uk];

/**
 * The part of a host its owner registered: the last two labels ("cnil.fr"), or three where the
 * second-to-last is a suffix a country shares among many owners ("uodo.gov.pl", "dsb.gv.at",
 * "ico.co.uk"-style, "cnpd.public.lu", "vdai.lrv.lt"), so one ministry cannot stand in for another.
 */
const sharedSecondLevel = new Set(['gov', 'gv', 'gob', 'co', 'org', 'ac', 'public', 'lrv', 'llv', 'bund']);
function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  return labels.slice(sharedSecondLevel.has(labels.at(-2) ?? '') ? -3 : -2).join('.');
}
/** Complaint pages an authority runs on a second domain of its own. */
const ownComplaintHosts: Record<string, string> = {
  // The AEPD takes complaints only through its electronic office (sede electrónica).
  ES: 'sedeagpd.gob.es',
};

describe('registrableDomain', () => {
  it('keeps two labels, or three under a shared second-level suffix', () => {
    expect(registrableDomain('www.cnil.fr')).toBe('cnil.fr');
    expect(registrableDomain('uodo.gov.pl')).toBe('uodo.gov.pl');
    expect(registrableDomain('www.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('ico.org.uk')).toBe('ico.org.uk');
    expect(registrableDomain('dsb.gv.at')).not.toBe(registrableDomain('bmi.gv.at'));
  });
});

describe('the supervisory-authority table', () => {
  it('parses, with its sources accepted, through the validator and the loader', () => {
    const problems: string[] = [];
    expect(validateAuthorities(eeaFile, ukFile, problems)).not.toBeNull();
    expect(problems).toEqual([]);
    const loaded = getSupervisoryAuthorities();
    expect(loaded.eea).toHaveLength(30);
    expect(loaded.uk.country).toBe('GB');
  });

  it('lists each of the 30 EEA states exactly once, Greece as GR', () => {
    const codes = eea.map((a) => a.country);
    expect(codes).toHaveLength(30);
    expect(new Set(codes).size).toBe(30);
    expect([...codes].sort()).toEqual([...eeaCountries].sort());
    expect(codes).toContain('GR');
    expect(codes).not.toContain('EL');
  });

  it('has the UK entry: the ICO, with a note on complaining to the organisation first', () => {
    expect(uk.country).toBe('GB');
    expect(new URL(uk.website).hostname).toBe('ico.org.uk');
    expect(uk.note?.en).toMatch(/organisation first/);
  });

  it('names every country and authority in English, Spanish and the local language', () => {
    for (const a of all) {
      for (const text of [a.countryName.en, a.countryName.es, a.authority.en, a.authority.local]) expect(text.trim().length, a.country).toBeGreaterThan(1);
      expect(a.authority.localLang, a.country).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
      if (a.note) expect([a.note.en.trim(), a.note.es.trim()].every(Boolean), a.country).toBe(true);
    }
  });

  it('uses https everywhere', () => {
    for (const a of all) for (const url of [a.website, a.complaintUrl, a.source.url]) expect(new URL(url).protocol, `${a.country} ${url}`).toBe('https:');
  });

  it('cites each entry from an accepted regulator', () => {
    for (const a of all) {
      expect(sourceProblem(a.source.url), a.country).toBeNull();
      expect(publisherKind(a.source.url), a.country).toBe('regulator');
    }
  });

  it("puts each complaint page on the authority's own domain", () => {
    for (const a of all) {
      const host = new URL(a.complaintUrl).hostname;
      if (ownComplaintHosts[a.country] === host) continue;
      expect(registrableDomain(host), a.country).toBe(registrableDomain(new URL(a.website).hostname));
    }
  });

  it('falls back to the home page where no complaint page was verified', () => {
    for (const a of all.filter((x) => x.complaintUrlVerified === false)) expect(a.complaintUrl, a.country).toBe(a.website);
  });
});

describe('the schema refuses a tampered table', () => {
  const clone = (): Authority[] => JSON.parse(eeaFile.text);
  const issues = (value: unknown) => {
    const r = eeaAuthoritiesSchema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('an http address', () => {
    const t = clone();
    t[0].website = t[0].website.replace('https:', 'http:');
    t[1].complaintUrl = t[1].complaintUrl.replace('https:', 'http:');
    expect(issues(t)).toEqual(expect.arrayContaining([expect.stringMatching(/^0\.website: /), expect.stringMatching(/^1\.complaintUrl: /)]));
  });

  it('a missing source', () => {
    const t = clone() as Partial<Authority>[];
    delete t[2].source;
    expect(issues(t)).toEqual(expect.arrayContaining([expect.stringMatching(/^2\.source: /)]));
  });

  it('a duplicate country, which also leaves one missing', () => {
    const t = clone();
    const missing = t[3].country;
    t[3].country = t[4].country;
    const found = issues(t);
    expect(found).toContain(`4.country: "${t[4].country}" is listed twice (also at 3)`);
    expect(found).toContain(`: missing EEA states: ${missing}`);
  });

  it('EL for Greece, and an unverified complaint page that is not the home page', () => {
    const t = clone();
    const gr = t.findIndex((a) => a.country === 'GR');
    t[gr].country = 'EL';
    t[gr].complaintUrl = `${t[gr].website}somewhere`;
    const found = issues(t);
    expect(found).toContain(`${gr}.country: "EL" is not an EEA state (use GR for Greece)`);
    expect(found).toContain(`${gr}.complaintUrl: an unverified complaint page must fall back to the website address`);
  });

  it('a UK entry with another country, and a source on a host that is not an accepted publisher', () => {
    expect(ukAuthoritySchema.safeParse({ ...uk, country: 'IE' }).success).toBe(false);
    const problems: string[] = [];
    const t = clone();
    t[5].source.url = 'https://dpa-mirror.example.org/complaints';
    validateAuthorities({ ...eeaFile, text: JSON.stringify(t) }, ukFile, problems);
    expect(problems).toEqual(['content/authorities/eea.json: 5.source.url: source https://dpa-mirror.example.org/complaints dpa-mirror.example.org is not an accepted publisher (content/publishers.ts)']);
  });
});

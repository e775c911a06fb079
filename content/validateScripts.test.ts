import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawFile } from './validate';
import { validateScripts } from './validateScripts';

// The real files, so the checks are exercised on the content that ships.
const read = (locale: string): RawFile[] =>
  readdirSync(`content/scripts/${locale}`).map((name) => ({ file: `content/scripts/${locale}/${name}`, locale, slug: name.replace(/\.json$/, ''), text: readFileSync(`content/scripts/${locale}/${name}`, 'utf8') }));
const sources: RawFile = { file: 'content/scripts/sources.json', locale: 'en', slug: 'sources', text: readFileSync('content/scripts/sources.json', 'utf8') };
const real = [...read('en'), ...read('es')];

function run(edit?: (file: RawFile, json: Record<string, any>) => void) {
  const files = real.map((f) => {
    if (!edit) return f;
    const json = JSON.parse(f.text);
    edit(f, json);
    return { ...f, text: JSON.stringify(json) };
  });
  const problems: string[] = [];
  const content = validateScripts(files, sources, ['en', 'es'], 'en', problems);
  return { problems, content };
}

describe('validateScripts', () => {
  it('accepts the shipped scripts', () => {
    const { problems, content } = run();
    expect(problems).toEqual([]);
    expect(content.byLocale.en.goals.map((g) => g.goal)).toEqual(['ask', 'decline', 'revoke', 'restrict', 'confidential', 'accounting', 'access', 'erase']);
    expect(content.byLocale.es.reviewed).toBe(false);
  });

  it('names a translation that loses the UK clock note or the Data Protection Officer addressee', () => {
    const { problems } = run((f, j) => {
      if (f.file === 'content/scripts/es/common.json') {
        delete j.jurisdictions.uk.deadlineNote;
        delete j.jurisdictions.eu.letter.toDefault;
      }
    });
    expect(problems.some((p) => p.startsWith('content/scripts/es/common.json: jurisdictions.uk: must have the same deadlineNote'))).toBe(true);
    expect(problems.some((p) => p.startsWith('content/scripts/es/common.json: jurisdictions.eu: must have the same deadlineNote and addressee'))).toBe(true);
    expect(problems.filter((p) => p.includes('jurisdictions.us:') || p.includes('jurisdictions.elsewhere:'))).toEqual([]);
  });

  it('names a UK source substitute that does not exist', () => {
    const problems: string[] = [];
    const bad = { ...sources, text: sources.text.replace('"uk": "uk-gdpr-15"', '"uk": "uk-gdpr-99"') };
    validateScripts(real, bad, ['en', 'es'], 'en', problems);
    expect(problems).toContain('content/scripts/sources.json: gdpr-15.uk: "uk-gdpr-99" is not a source id');
  });

  it('refuses a legal citation, or a deadline, in the general "elsewhere" text', () => {
    const { problems } = run((f, j) => {
      if (f.file === 'content/scripts/en/access.json') {
        j.variants.elsewhere.citation = '45 CFR 164.524';
        j.variants.elsewhere.letter.paragraphs[1] = 'Under HIPAA, please send copies.';
      }
    });
    expect(problems).toContain('content/scripts/en/access.json: variants.elsewhere.citation: "elsewhere" gets general text without a legal citation');
    expect(problems).toContain('content/scripts/en/access.json: variants.elsewhere.letter.paragraphs.1: "elsewhere" text must not cite a law (found "HIPAA")');
  });

  it('requires a citation and sources where a law applies', () => {
    const { problems } = run((f, j) => {
      if (f.file === 'content/scripts/en/revoke.json') {
        delete j.variants.us.citation;
        j.variants.us.sources = ['no-such-source'];
      }
    });
    expect(problems).toContain('content/scripts/en/revoke.json: variants.us.citation: required, naming the rule (e.g. 45 CFR 164.524)');
    expect(problems).toContain('content/scripts/en/revoke.json: variants.us.sources: "no-such-source" is not in content/scripts/sources.json');
  });

  it('catches placeholder typos and translations that drop a blank', () => {
    const { problems } = run((f, j) => {
      if (f.file === 'content/scripts/en/ask.json') j.variants.us.letter.paragraphs[0] = 'I am a patient of {facilty}.';
      if (f.file === 'content/scripts/es/decline.json') j.variants.eu.letter.paragraphs[1] = 'Me opongo.';
    });
    expect(problems).toContain('content/scripts/en/ask.json: variants.us.letter.paragraphs.0: unknown placeholder {facilty}');
    expect(problems.some((p) => p.startsWith('content/scripts/es/decline.json: variants.eu.letter.paragraphs.1: placeholders must match'))).toBe(true);
  });

  it('requires the same variants and deadlines in every language', () => {
    const { problems } = run((f, j) => {
      if (f.file === 'content/scripts/es/access.json') j.variants.us.deadline.amount = 45;
      if (f.file === 'content/scripts/es/erase.json') delete j.variants.elsewhere;
    });
    expect(problems).toContain('content/scripts/es/access.json: variants: which variants exist, their deadlines and sources must match content/scripts/en/access.json');
    expect(problems).toContain('content/scripts/es/erase.json: variants: which variants exist, their deadlines and sources must match content/scripts/en/erase.json');
  });

  it('names a missing goal file and a missing review flag', () => {
    const problems: string[] = [];
    const files = real.filter((f) => f.file !== 'content/scripts/es/accounting.json').map((f) => (f.file === 'content/scripts/es/ask.json' ? { ...f, text: f.text.replace('"translationReviewed": false,', '') } : f));
    validateScripts(files, sources, ['en', 'es'], 'en', problems);
    expect(problems).toContain('content/scripts/es/accounting.json: missing');
    expect(problems).toContain('content/scripts/es/ask.json: translationReviewed: required for a translation');
  });
});

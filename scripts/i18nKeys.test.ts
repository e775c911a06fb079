import { describe, expect, it } from 'vitest';
import { checkMessages, flattenKeys } from './i18nKeys';

const locales = ['en', 'es'];
const page = `const t = await getTranslations({ locale, namespace: 'Page' }); t('title'); t(\`nav.\${k}\`);`;

describe('checkMessages', () => {
  it('flattens nested keys', () => {
    expect(flattenKeys({ a: 'x', b: { c: 'y' } })).toEqual(['a', 'b.c']);
  });

  it('passes when every locale has every used key', () => {
    const m = { Page: { title: 'T', nav: { home: 'H' } } };
    expect(checkMessages({ en: m, es: m }, { 'page.tsx': page }, locales)).toEqual([]);
  });

  it('names a key missing from one locale', () => {
    const problems = checkMessages({ en: { Page: { title: 'T' } }, es: { Page: {} } }, { 'page.tsx': page }, locales);
    expect(problems).toContain('es: missing "Page.title"');
  });

  it('names a catalogue that does not exist', () => {
    expect(checkMessages({ en: { Page: { title: 'T' } } }, { 'page.tsx': page }, locales)).toContain('content/messages/es.json is missing');
  });

  it('names a key no source reads', () => {
    const m = { Page: { title: 'T', orphan: 'O' } };
    expect(checkMessages({ en: m, es: m }, { 'page.tsx': page }, locales)).toEqual([
      'unused "Page.orphan" (no file using namespace Page reads it)',
    ]);
  });

  it('does not count a key as used by a file of another namespace', () => {
    const m = { Other: { title: 'T' } };
    expect(checkMessages({ en: m, es: m }, { 'page.tsx': page }, locales)).toHaveLength(1);
  });
});

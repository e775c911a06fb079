import { describe, expect, it } from 'vitest';
import { pluralSentence, pluralTemplates } from './pluralTemplates';

// As next-intl formats the notCleaned message in each language.
const en = (n: number) => (n === 1 ? `${n} file could not be cleaned and is not in the copy.` : `${n} files could not be cleaned and are not in the copy.`);
const es = (n: number) => (n === 1 ? `${n} archivo no se pudo limpiar y no está en la copia.` : `${n} archivos no se pudieron limpiar y no están en la copia.`);

describe('plural sentences filled in the browser (notCleaned)', () => {
  it('keeps one sentence per plural category, with a {count} placeholder', () => {
    expect(pluralTemplates('en', en)).toEqual({ one: '{count} file could not be cleaned and is not in the copy.', other: '{count} files could not be cleaned and are not in the copy.' });
  });
  it('picks the sentence by the language’s plural rules and formats the number', () => {
    const t = pluralTemplates('es', es);
    expect(pluralSentence(t, 'es', 1)).toBe('1 archivo no se pudo limpiar y no está en la copia.');
    expect(pluralSentence(t, 'es', 3)).toBe('3 archivos no se pudieron limpiar y no están en la copia.');
    expect(pluralSentence(t, 'es', 1_000_000)).toMatch(/^1\.000\.000 archivos/); // "many" falls back to "other"
    expect(pluralSentence(pluralTemplates('en', en), 'en', 2500)).toBe('2,500 files could not be cleaned and are not in the copy.');
  });
});

import { describe, expect, it } from 'vitest';
import { fernandezHuerta, fleschKincaidGrade, proseFromMdx, readabilityOf, readingMinutes, textStats } from './readability';

describe('proseFromMdx', () => {
  it('keeps what a reader reads and drops frontmatter, markup, anchors and URLs', () => {
    const mdx = '---\ntitle: "X"\nsources:\n  - url: "https://a.b"\n---\n\nRead [this page](/articles/x/) now.\n\n## A heading {#a-heading}\n\n- One <Term id="dicom">DICOM</Term> file\n';
    expect(proseFromMdx(mdx)).toBe('Read this page now.\nA heading.\nOne DICOM file.');
  });
});

describe('scores', () => {
  it('computes Flesch-Kincaid grade from its formula', () => {
    expect(fleschKincaidGrade({ sentences: 2, words: 20, syllables: 30 })).toBeCloseTo(0.39 * 10 + 11.8 * 1.5 - 15.59, 6);
  });

  it('computes Fernández-Huerta from its formula', () => {
    expect(fernandezHuerta({ sentences: 5, words: 100, syllables: 180 })).toBeCloseTo(206.84 - 0.6 * 180 - 1.02 * 5, 6);
  });

  it('counts Spanish syllables with the RAE rules (diphthongs and hiatus)', () => {
    expect(textStats('agua país ciudad aéreo', 'es').syllables).toBe(2 + 2 + 2 + 4);
  });

  it('counts English syllables', () => {
    expect(textStats('privacy scan images', 'en').syllables).toBe(3 + 1 + 3);
  });

  it('passes plain English and fails dense English', () => {
    expect(readabilityOf('You can ask for a copy. It is free. Ask at the desk.', 'en').passes).toBe(true);
    expect(readabilityOf('Notwithstanding contractual indemnification obligations, organizational representatives must substantively demonstrate comprehensive authorization documentation.', 'en').passes).toBe(false);
  });

  it('passes plain Spanish and fails dense Spanish', () => {
    expect(readabilityOf('Puede pedir una copia. Es gratis. Pregunte en la recepción.', 'es').passes).toBe(true);
    expect(readabilityOf('La responsabilidad organizacional correspondiente necesariamente contempla documentación administrativa extraordinariamente especializada.', 'es').passes).toBe(false);
  });
});

describe('readingMinutes', () => {
  it('rounds up at a careful pace and never says zero', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(180)).toBe(1);
    expect(readingMinutes(181)).toBe(2);
    expect(readingMinutes(1400)).toBe(8);
  });
});

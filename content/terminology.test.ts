import { describe, expect, it } from 'vitest';
import { terminologySchema } from './schema';
import { findFirstMentionProblems, findTermProblems, proseLines } from './terminology';
import sheetJson from './terminology/es.json';

const sheet = terminologySchema.parse({
  language: 'es',
  terms: [
    { key: 'waiver', en: 'waiver', preferred: 'dispensa', forbidden: ['exención'] },
    { key: 'safe-harbor', en: 'Safe Harbor', preferred: 'método de puerto seguro (Safe Harbor)', forbidden: ['Safe Harbor'], allow: ['(Safe Harbor)'] },
    { key: 'add', en: 'add', preferred: 'añadir', forbidden: ['agregar'] },
  ],
  patterns: [{ key: 'article-style', pattern: String.raw`[Aa]rt(?:ículo|\.)\s*\d+\s*\(`, preferred: 'artículo 15.1 del RGPD' }],
  firstMention: [{ abbr: 'RGPD', full: 'Reglamento General de Protección de Datos (RGPD)' }],
});

describe('terminology check', () => {
  it('names file, line, the variant and the term to use', () => {
    const problems = findTermProblems([{ file: 'content/questions/es/research.json', text: '{\n  "why": "Con una Exención del comité."\n}' }], sheet);
    expect(problems).toEqual(['content/questions/es/research.json:2: "Exención" → use "dispensa" (waiver)']);
  });

  it('matches whole words only, and accepts a variant inside an allowed phrase', () => {
    const text = 'El método de puerto seguro (Safe Harbor) quita datos.\nEl Safe Harbor no basta.\nagregaron, reagregar';
    expect(findTermProblems([{ file: 'a.mdx', text }], sheet)).toEqual(['a.mdx:2: "Safe Harbor" → use "método de puerto seguro (Safe Harbor)" (safe-harbor)']);
  });

  it('flags forbidden patterns such as English-style article citations', () => {
    expect(findTermProblems([{ file: 'x.json', text: '"a": "según el Artículo 15(1) del RGPD"' }], sheet)).toEqual(['x.json:1: "Artículo 15(" → write "artículo 15.1 del RGPD" (article-style)']);
    expect(findTermProblems([{ file: 'x.json', text: '"a": "según el artículo 15.1 del RGPD"' }], sheet)).toEqual([]);
  });

  it('leaves source titles, addresses and markup alone', () => {
    const mdx = ['---', 'title: "Agregar"', 'sources:', '  - title: "Safe Harbor method (exención)"', '    url: "https://example.org/agregar"', 'relatedTools: []', '---', '', 'Texto con <Term id="agregar">dispensa</Term>.'].join('\n');
    expect(findTermProblems([{ file: 'b.mdx', text: mdx }], sheet)).toEqual(['b.mdx:2: "Agregar" → use "añadir" (add)']);
    const json = ['{', '  "label": "Bien",', '  "source": {', '    "title": "Exención de la FTC",', '    "url": "https://example.org"', '  },', '  "sources": [', '    { "title": "Safe Harbor" }', '  ],', '  "why": "agregar"', '}'].join('\n');
    expect(findTermProblems([{ file: 'c.json', text: json }], sheet)).toEqual(['c.json:10: "agregar" → use "añadir" (add)']);
    expect(proseLines({ file: 'c.json', text: json }).map((l) => l.line)).toEqual([1, 2, 10, 11]);
  });

  it('requires the full name where a page first uses an abbreviation', () => {
    const good = '---\ntitle: "RGPD"\n---\n\nEl Reglamento General de Protección de Datos (RGPD) protege. El RGPD dice.';
    const bad = '---\ntitle: "x"\n---\n\nEl RGPD protege.\n\nEl Reglamento General de Protección de Datos (RGPD) dice.';
    expect(findFirstMentionProblems([{ file: 'g.mdx', text: good }], sheet)).toEqual([]);
    expect(findFirstMentionProblems([{ file: 'b.mdx', text: bad }], sheet)).toEqual(['b.mdx:5: first use of "RGPD" must be written out: "Reglamento General de Protección de Datos (RGPD)"']);
  });

  it("the project's Spanish sheet is valid and its own entries do not contradict each other", () => {
    const es = terminologySchema.parse(sheetJson);
    for (const t of es.terms) for (const f of t.forbidden) expect(t.preferred.toLowerCase().split(/[;/]/).some((p) => p.trim() === f.toLowerCase()), `${t.key}: ${f}`).toBe(false);
    expect(new Set(es.terms.map((t) => t.key)).size).toBe(es.terms.length);
  });
});

describe('terminology check on JSON', () => {
  it('reads string values, never keys', () => {
    const json = ['{', '  "variants": {', '    "gdpr": {', '      "lawNote": "Según el GDPR."', '    }', '  },', '  "list": [', '    "Agregar algo",', '    "bien"', '  ]', '}'].join('\n');
    const sheet = terminologySchema.parse({ language: 'es', terms: [{ key: 'gdpr', en: 'GDPR', preferred: 'RGPD', forbidden: ['GDPR'] }, { key: 'add', en: 'add', preferred: 'añadir', forbidden: ['agregar'] }] });
    expect(findTermProblems([{ file: 'v.json', text: json }], sheet)).toEqual(['v.json:4: "GDPR" → use "RGPD" (gdpr)', 'v.json:8: "Agregar" → use "añadir" (add)']);
  });
  it('leaves ids in a list alone (a handout prints questions by id)', () => {
    const json = ['{', '  "questions": [', '    "rights-gdpr-object-to-research",', '    "Según el GDPR"', '  ]', '}'].join('\n');
    const sheet = terminologySchema.parse({ language: 'es', terms: [{ key: 'gdpr', en: 'GDPR', preferred: 'RGPD', forbidden: ['GDPR'] }] });
    expect(findTermProblems([{ file: 'h.json', text: json }], sheet)).toEqual(['h.json:4: "GDPR" → use "RGPD" (gdpr)']);
  });
});

describe('terminology check on quotation marks', () => {
  it('flags straight or curly quotes inside the text, not the quotes that delimit JSON or YAML values', () => {
    const sheet = terminologySchema.parse({ language: 'es', terms: [{ key: 'x', en: 'xx', preferred: 'yy', forbidden: ['zz'] }], patterns: [{ key: 'quotes', pattern: '["“”]', preferred: '«…»' }] });
    const json = ['{', '  "a": "Marque «Recordar».",', '  "b": "Marque \\"Recordar\\".",', '  "c": "Marque “Recordar”."', '}'].join('\n');
    expect(findTermProblems([{ file: 'm.json', text: json }], sheet)).toEqual(['m.json:3: """ → write "«…»" (quotes)', 'm.json:3: """ → write "«…»" (quotes)', 'm.json:4: "“" → write "«…»" (quotes)', 'm.json:4: "”" → write "«…»" (quotes)']);
    const mdx = ['---', 'title: "Un «título»"', 'summary:', '  - "Dice \\"no\\"."', 'relatedTools: ["script"]', '---', '', 'Texto <Term id="a">b</Term> «bien» y "mal".'].join('\n');
    expect(findTermProblems([{ file: 'p.mdx', text: mdx }], sheet).map((p) => p.split(':')[1])).toEqual(['4', '4', '8', '8']);
  });
});

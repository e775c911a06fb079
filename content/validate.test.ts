import { describe, expect, it } from 'vitest';
import { parseHeadings, validateContent, type ContentInput, type RawFile } from './validate';

const meta = (extra = '') => `---
title: "A test article"
description: "A description that is long enough to pass the schema's minimum length."
theme: "your-data"
summary:
  - "First point of the summary."
  - "Second point of the summary."
published: "2026-11-01"
lastReviewed: "2026-11-22"
nextReview: "2027-11-22"
sources:
  - { title: "Source one", publisher: "HHS", year: 2012, url: "https://www.hhs.gov/a" }
  - { title: "Source two", publisher: "NIH", year: 2020, url: "https://www.nih.gov/b" }
relatedTools: ["checklist:before"]
${extra}---
`;
const article = (locale: string, slug: string, body: string, extra = ''): RawFile => ({
  file: `content/articles/${locale}/${slug}.mdx`,
  locale,
  slug,
  text: meta(locale === 'es' ? `translationReviewed: false\n${extra}` : extra) + body,
});
const checklist = (locale: string, slug: string, link = '/articles/a/#one'): RawFile => ({
  file: `content/checklists/${locale}/${slug}.json`,
  locale,
  slug,
  text: JSON.stringify({
    title: 'Before your scan',
    description: 'A description that is long enough to pass the schema minimum.',
    intro: 'Tick what you have done.',
    published: '2026-11-01',
    lastReviewed: '2026-11-22',
    nextReview: '2029-11-22',
    ...(locale === 'es' ? { translationReviewed: false } : {}),
    items: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, label: `Item ${id} label`, link: id === 'a' ? link : undefined })),
  }),
});
const glossary = (locale: string, ids = ['dicom']): RawFile => ({
  file: `content/glossary/${locale}.json`,
  locale,
  slug: locale,
  text: JSON.stringify({ terms: ids.map((id) => ({ id, term: id.toUpperCase(), definition: 'A plain definition of this term.' })) }),
});
const body = '\nIntro with a <Term id="dicom">DICOM</Term> file.\n\n## One {#one}\n\nSee [this](/articles/a/#one) and [home](/about/).\n';

function input(over: Partial<ContentInput> = {}): ContentInput {
  return {
    locales: ['en', 'es'],
    defaultLocale: 'en',
    articles: [article('en', 'a', body), article('es', 'a', body)],
    checklists: [checklist('en', 'before'), checklist('es', 'before')],
    glossaries: [glossary('en'), glossary('es')],
    otherPaths: ['/', '/about/'],
    plannedPaths: ['/questions/'],
    ...over,
  };
}

describe('validateContent', () => {
  it('accepts consistent content', () => {
    const { problems, content } = validateContent(input());
    expect(problems).toEqual([]);
    expect(content.articles[0].headings).toEqual([{ depth: 2, text: 'One', id: 'one' }]);
  });

  it('names the file and field of invalid metadata', () => {
    const bad = article('en', 'a', body).text.replace('year: 2012', 'year: "soon"').replace('https://www.nih.gov/b', 'not-a-url');
    const { problems } = validateContent(input({ articles: [{ ...article('en', 'a', body), text: bad }, article('es', 'a', body)] }));
    expect(problems).toContain('content/articles/en/a.mdx: sources.0.year: Invalid input: expected number, received string');
    expect(problems.some((p) => p.startsWith('content/articles/en/a.mdx: sources.1.url:'))).toBe(true);
  });

  it('requires at least two sources and a 2-4 point summary', () => {
    const text = article('en', 'a', body).text.replace(/  - \{ title: "Source two".*\n/, '').replace('  - "Second point of the summary."\n', '');
    const { problems } = validateContent(input({ articles: [{ ...article('en', 'a', body), text }, article('es', 'a', body)] }));
    expect(problems.some((p) => p.startsWith('content/articles/en/a.mdx: sources:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('content/articles/en/a.mdx: summary:'))).toBe(true);
  });

  it('requires translations to say whether they were reviewed', () => {
    const es = { ...article('es', 'a', body), text: article('es', 'a', body).text.replace('translationReviewed: false\n', '') };
    expect(validateContent(input({ articles: [article('en', 'a', body), es] })).problems).toContain(
      'content/articles/es/a.mdx: translationReviewed: required for a translation (true once a fluent human has reviewed it)',
    );
  });

  it('names a slug missing from a locale', () => {
    const { problems } = validateContent(input({ articles: [article('en', 'a', body), article('es', 'a', body), article('en', 'b', '\nText.\n')] }));
    expect(problems).toContain('content/articles/es/b.mdx: missing (exists in another locale)');
  });

  it('names a link to a page that does not exist', () => {
    const { problems } = validateContent(input({ articles: [article('en', 'a', body + '\n[x](/nowhere/)\n'), article('es', 'a', body)] }));
    expect(problems).toContain('content/articles/en/a.mdx: body link: links to /nowhere/, a page that does not exist');
  });

  it('names a link to a heading anchor that does not exist', () => {
    const { problems } = validateContent(input({ articles: [article('en', 'a', body + '\n[x](/articles/a/#two)\n'), article('es', 'a', body)] }));
    expect(problems).toContain('content/articles/en/a.mdx: body link: links to /articles/a/#two, but that page has no #two');
  });

  it('names a checklist link to a missing anchor, and accepts planned tools', () => {
    const { problems } = validateContent(input({ checklists: [checklist('en', 'before', '/articles/a/#nope'), checklist('es', 'before', '/questions/')] }));
    expect(problems).toEqual(['content/checklists/en/before.json: items.0.link: links to /articles/a/#nope, but that page has no #nope']);
  });

  it('names a glossary term that is not defined', () => {
    const { problems } = validateContent(input({ glossaries: [glossary('en', ['pacs']), glossary('es')] }));
    expect(problems).toContain('content/articles/en/a.mdx: <Term id="dicom">: not defined in content/glossary/en.json');
    expect(problems).toContain('content/glossary/es.json: terms: "pacs" is missing (defined in en)');
  });

  it('requires every heading to have a stable anchor, the same in every translation', () => {
    const { problems } = validateContent(input({ articles: [article('en', 'a', body + '\n## Two\n'), article('es', 'a', body.replace('{#one}', '{#uno}'))] }));
    expect(problems).toContain('content/articles/en/a.mdx: heading "Two": needs a stable anchor, e.g. {#my-section}');
    expect(problems.some((p) => p.startsWith('content/articles/es/a.mdx: heading anchors: must match content/articles/en/a.mdx'))).toBe(true);
  });

  it('requires every article to offer a checklist', () => {
    const text = article('en', 'a', body).text.replace('relatedTools: ["checklist:before"]', 'relatedTools: ["questions"]');
    const { problems } = validateContent(input({ articles: [{ ...article('en', 'a', body), text }, article('es', 'a', body)] }));
    expect(problems).toEqual(['content/articles/en/a.mdx: relatedTools: needs at least one checklist:SLUG']);
  });

  it('names a related checklist or article that does not exist', () => {
    const extra = 'relatedArticles: ["ghost"]\n';
    const { problems } = validateContent(input({ checklists: [], articles: [article('en', 'a', body, extra), article('es', 'a', body)] }));
    expect(problems).toContain('content/articles/en/a.mdx: relatedArticles: "ghost" is not another article');
    expect(problems).toContain('content/articles/en/a.mdx: relatedTools: "checklist:before" names no checklist');
  });

  it('names checklist JSON that does not parse or whose ids differ between locales', () => {
    const es = checklist('es', 'before');
    const reordered = { ...es, text: es.text.replace('"id":"a"', '"id":"z"') };
    const broken = { ...checklist('en', 'other'), text: '{ nope' };
    const { problems } = validateContent(input({ checklists: [checklist('en', 'before'), reordered, broken, checklist('es', 'other')] }));
    expect(problems).toContain('content/checklists/es/before.json: items: ids must match content/checklists/en/before.json, in the same order');
    expect(problems.some((p) => p.startsWith('content/checklists/en/other.json: (root): not valid JSON'))).toBe(true);
  });
});

describe('parseHeadings', () => {
  it('reads depth, text and anchor, and lists headings without one', () => {
    expect(parseHeadings('## Where it goes {#where}\n### Sub {#sub}\n## Bare\n')).toEqual({
      headings: [
        { depth: 2, text: 'Where it goes', id: 'where' },
        { depth: 3, text: 'Sub', id: 'sub' },
      ],
      missing: ['Bare'],
    });
  });
});

describe('validateContent: question bank', () => {
  const question = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    question: { self: 'Will AI read my scan?', other: 'Will AI read their scan?' },
    why: 'Because it may matter.',
    goodAnswer: 'A clear, specific answer.',
    ifWorried: { text: 'Ask for the privacy officer.', link: '/articles/a/' },
    tags: ['ai'],
    when: {},
    priority: 3,
    source: { title: 'Source', url: 'https://www.hhs.gov/hipaa/' },
    ...extra,
  });
  const topic = (locale: string, name: string, questions: unknown[], file = name): RawFile => ({
    file: `content/questions/${locale}/${file}.json`,
    locale,
    slug: file,
    text: JSON.stringify({ topic: name, ...(locale === 'es' ? { translationReviewed: false } : {}), questions }),
  });

  it('accepts a consistent bank and keeps topic order', () => {
    const { problems, content } = validateContent(input({ questions: [topic('en', 'face', [question('b')]), topic('en', 'ai', [question('a')]), topic('es', 'ai', [question('a')]), topic('es', 'face', [question('b')])] }));
    expect(problems).toEqual([]);
    expect(content.questions.en.map((q) => `${q.topic}:${q.id}`)).toEqual(['ai:a', 'face:b']);
  });

  it('names a topic that does not match its file, an id used twice, and a broken next-step link', () => {
    const { problems } = validateContent(
      input({
        questions: [
          topic('en', 'face', [question('a')], 'ai'),
          topic('en', 'face', [question('a', { ifWorried: { text: 'See this.', link: '/nowhere/' } })]),
          topic('es', 'face', [question('a')], 'ai'),
          topic('es', 'face', [question('a')]),
        ],
      }),
    );
    expect(problems).toContain('content/questions/en/ai.json: topic: must be "ai", the file\'s name');
    expect(problems.some((p) => p.includes('"a" is used twice in the en bank'))).toBe(true);
    expect(problems).toContain('content/questions/en/face.json: questions.0.ifWorried.link: links to /nowhere/, a page that does not exist');
  });

  it('requires translations to keep ids, priority, tags and conditions, and rejects unknown conditions', () => {
    const { problems } = validateContent(
      input({ questions: [topic('en', 'ai', [question('a', { when: { region: ['us'] } })]), topic('es', 'ai', [question('a', { when: { region: ['eu'] } })]), topic('en', 'face', [question('f', { when: { planet: ['mars'] } })])] }),
    );
    expect(problems).toContain('content/questions/es/ai.json: questions: ids, order, priority, tags and when must match content/questions/en/ai.json');
    expect(problems.some((p) => p.startsWith('content/questions/en/face.json: questions.0.when'))).toBe(true);
    expect(problems).toContain('content/questions/es/face.json: missing (exists in another locale)');
  });
});

describe('validateContent: sources, review dates and accountability', () => {
  const withText = (f: RawFile, from: string, to: string): RawFile => ({ ...f, text: f.text.replace(from, to) });

  it('rejects a source whose host is not an accepted publisher, naming file, field and host', () => {
    const en = withText(article('en', 'a', body), 'https://www.nih.gov/b', 'https://regulations-copy.example.net/us/hipaa');
    const { problems } = validateContent(input({ articles: [en, article('es', 'a', body)] }));
    expect(problems).toContain('content/articles/en/a.mdx: sources.1.url: source https://regulations-copy.example.net/us/hipaa regulations-copy.example.net is not an accepted publisher (content/publishers.ts)');
  });

  it('rejects an old edition of a regulation even on an official host', () => {
    const en = withText(article('en', 'a', body), 'https://www.nih.gov/b', 'https://www.govinfo.gov/content/pkg/CFR-2023-title45-vol2/pdf/CFR-2023-title45-vol2-sec164-522.pdf');
    const { problems } = validateContent(input({ articles: [en, article('es', 'a', body)] }));
    expect(problems.some((p) => p.includes('sources.1.url') && p.includes('old edition'))).toBe(true);
  });

  it('checks question sources too', () => {
    const q = { id: 'q', question: { self: 'Will AI read my scan?', other: 'Will AI read their scan?' }, why: 'Because it may matter.', goodAnswer: 'A clear answer.', ifWorried: { text: 'Ask again.' }, tags: ['ai'], when: {}, priority: 3, source: { title: 'Copy', url: 'https://notes-copy.example.org/preview/1' } };
    const topic = (locale: string): RawFile => ({ file: `content/questions/${locale}/ai.json`, locale, slug: 'ai', text: JSON.stringify({ topic: 'ai', ...(locale === 'es' ? { translationReviewed: false } : {}), questions: [q] }) });
    const { problems } = validateContent(input({ questions: [topic('en'), topic('es')] }));
    expect(problems.some((p) => p.startsWith('content/questions/en/ai.json: questions.0.source.url: source https://notes-copy.example.org/preview/1 notes-copy.example.org'))).toBe(true);
  });

  it('requires review dates in order, and a page that cites law to be reviewed within 12 months', () => {
    const lawSource = withText(article('en', 'a', body), 'https://www.hhs.gov/a', 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.524');
    const tooLate = withText(lawSource, 'nextReview: "2027-11-22"', 'nextReview: "2028-01-01"');
    const backwards = withText(article('es', 'a', body), 'published: "2026-11-01"', 'published: "2026-12-01"');
    const { problems } = validateContent(input({ articles: [tooLate, backwards] }));
    expect(problems).toContain('content/articles/en/a.mdx: nextReview: nextReview (2028-01-01) is more than 12 months after lastReviewed; a page that cites law must be reviewed by 2027-11-22');
    expect(problems).toContain('content/articles/es/a.mdx: nextReview: published (2026-12-01) is after lastReviewed (2026-11-22)');
    // Without law among its sources, the same gap is fine: other pages have three years.
    const plain = withText(article('en', 'a', body), 'nextReview: "2027-11-22"', 'nextReview: "2028-01-01"');
    expect(validateContent(input({ articles: [plain, article('es', 'a', body)] })).problems).toEqual([]);
  });

  it('validates the watch list and change log: same ids in every language, pages that exist, accepted sources', () => {
    const item = (over: Record<string, unknown> = {}) => ({ id: 'rule', title: 'A rule that moves', text: 'What may change and when we checked it.', affects: ['/articles/a/'], lastChecked: '2026-11-30', source: { title: 'Proposal', publisher: 'FR', year: 2021, url: 'https://www.federalregister.gov/d/2020-27157' }, ...over });
    const watch = (locale: string, items: unknown[]): RawFile => ({ file: `content/watch/${locale}.json`, locale, slug: locale, text: JSON.stringify({ ...(locale === 'es' ? { translationReviewed: false } : {}), items }) });
    const entry = (over: Record<string, unknown> = {}) => ({ id: 'fix-1', date: '2026-11-30', pages: ['/articles/a/'], what: 'We fixed a statement.', why: 'It was wrong.', ...over });
    const changes = (locale: string, entries: unknown[]): RawFile => ({ file: `content/changes/${locale}.json`, locale, slug: locale, text: JSON.stringify({ ...(locale === 'es' ? { translationReviewed: false } : {}), entries }) });
    const ok = validateContent(input({ watch: [watch('en', [item()]), watch('es', [item()])], changes: [changes('en', [entry(), entry({ id: 'fix-2', date: '2026-12-01' })]), changes('es', [entry()])] }));
    expect(ok.problems).toEqual([]);
    expect(ok.content.changes.en.map((e) => e.id)).toEqual(['fix-2', 'fix-1']);
    const bad = validateContent(
      input({
        watch: [watch('en', [item({ affects: ['/nowhere/'], source: { title: 'Blog', publisher: 'A blog', year: 2020, url: 'https://answers.example.com/q' } })]), watch('es', [item({ id: 'other' })])],
        changes: [changes('en', [entry(), entry()])],
      }),
    );
    expect(bad.problems).toContain('content/watch/en.json: items.0.affects.0: links to /nowhere/, a page that does not exist');
    expect(bad.problems.some((p) => p.startsWith('content/watch/en.json: items.0.source.url: source https://answers.example.com/q'))).toBe(true);
    expect(bad.problems).toContain('content/watch/es.json: items: ids, pages and dates must match content/watch/en.json');
    expect(bad.problems).toContain('content/changes/en.json: entries: ids must be unique (they are the feed\'s entry ids)');
    expect(bad.problems).toContain('content/changes/es.json: missing');
  });

  it('requires review dates for every page without its own content file', () => {
    const reviews = (paths: string[]): RawFile => ({ file: 'content/pageReviews.json', locale: 'en', slug: 'pageReviews', text: JSON.stringify(Object.fromEntries(paths.map((p) => [p, { published: '2026-11-22', lastReviewed: '2026-11-30', nextReview: '2027-11-30', legal: false }]))) });
    const { problems } = validateContent(input({ pageReviews: reviews(['/', '/articles/', '/checklists/', '/handouts/', '/glossary/', '/nope/']) }));
    expect(problems).toContain('content/pageReviews.json: "/about/": missing (every page shows its review dates)');
    expect(problems).toContain('content/pageReviews.json: "/nope/": not a page that exists');
  });

  it('names a "How to ask" box for a goal or place the script tool does not offer', () => {
    const box = '\n<HowToAsk goal="fly" place="us">\n- Who\n</HowToAsk>\n';
    const { problems } = validateContent(input({ articles: [article('en', 'a', body + box), article('es', 'a', body)] }));
    expect(problems).toContain('content/articles/en/a.mdx: <HowToAsk goal="fly">: not a script goal');
  });
});

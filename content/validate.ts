import matter from 'gray-matter';
import { articleMetaSchema, changesSchema, checklistSchema, glossarySchema, handoutCodePrefix, handoutSchema, pageReviewsSchema, questionTopicSchema, questionTopics, standingPageSchema, watchSchema, type ArticleMeta, type ChangeEntry, type Checklist, type Glossary, type Handout, type PageReviews, type Question, type Source, type StandingPageMeta, type WatchItem } from './schema';
import { describeZodIssues, parseJsonFile, type RawFile } from './errors';
import { validateScripts, type ScriptsContent } from './validateScripts';
import { publisherKind, sourceProblem } from './publishers';
import { isOverdue, reviewDateProblems } from './review';
import { jurisdictions, variantKeyFor, type Jurisdiction } from './scriptInputs';

export type Heading = { depth: 2 | 3; text: string; id: string };
export type ParsedArticle = { file: string; locale: string; slug: string; meta: ArticleMeta; body: string; headings: Heading[] };
export type { RawFile } from './errors';
export type ContentInput = {
  locales: readonly string[];
  defaultLocale: string;
  articles: RawFile[];
  checklists: RawFile[];
  glossaries: RawFile[];
  /** Question bank files, one per topic: content/questions/{locale}/{topic}.json */
  questions?: RawFile[];
  /** Clinic handouts: content/handouts/{locale}/{slug}.json */
  handouts?: RawFile[];
  /** The script tool: content/scripts/{locale}/{goal}.json and common.json */
  scripts?: RawFile[];
  /** content/scripts/sources.json, shared by every locale */
  scriptSources?: RawFile;
  /** content/watch/{locale}.json: rules that are moving */
  watch?: RawFile[];
  /** content/changes/{locale}.json: the public change log */
  changes?: RawFile[];
  /** content/pages/{locale}/{slug}.mdx: standing pages written as prose (the editorial policy) */
  pages?: RawFile[];
  /** content/pageReviews.json: review dates of pages that have no content file of their own */
  pageReviews?: RawFile;
  /** Locale-free paths of pages that exist and are not articles, checklists or the glossary. */
  otherPaths: readonly string[];
  /** Pages announced but not built yet: links to them render as plain text and are allowed. */
  plannedPaths: readonly string[];
};
export type Content = {
  articles: ParsedArticle[];
  checklists: { file: string; locale: string; slug: string; data: Checklist }[];
  glossaries: Record<string, Glossary>;
  /** Per locale: every question in topic order, with its topic. */
  questions: Record<string, (Question & { topic: (typeof questionTopics)[number] })[]>;
  questionsReviewed: Record<string, boolean | undefined>;
  handouts: { file: string; locale: string; slug: string; data: Handout }[];
  scripts: ScriptsContent;
  watch: Record<string, WatchItem[]>;
  changes: Record<string, ChangeEntry[]>;
  pages: { file: string; locale: string; slug: string; meta: StandingPageMeta; body: string; headings: Heading[] }[];
  pageReviews: PageReviews;
};

const isOfferedIn = (variants: Parameters<typeof variantKeyFor>[0], place: string) =>
  (jurisdictions as readonly string[]).includes(place) && variantKeyFor(variants, place as Jurisdiction) !== undefined;

/** A page cites law when any of its sources comes from a law publisher: it is reviewed within 12 months. */
export const citesLaw = (sources: Source[]) => sources.some((s) => publisherKind(s.url) === 'law');

const headingLine = /^(#{2,3})\s+(.+?)\s*$/gm;
const anchor = /\s*\\?\{#([a-z0-9-]+)\\?\}$/;

export function parseHeadings(body: string): { headings: Heading[]; missing: string[] } {
  const headings: Heading[] = [];
  const missing: string[] = [];
  for (const [, hashes, raw] of body.matchAll(headingLine)) {
    const m = raw.match(anchor);
    if (!m) missing.push(raw);
    else headings.push({ depth: hashes.length as 2 | 3, text: raw.replace(anchor, '').trim(), id: m[1] });
  }
  return { headings, missing };
}

export const linksIn = (text: string) => [...text.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]);
export const termsIn = (text: string) => [...text.matchAll(/<Term\s+id="([^"]*)"/g)].map((m) => m[1]);

/**
 * An MDX file: frontmatter parsed with its schema, and the body's headings, each with the stable
 * anchor deep links rely on. Problems name the file and field; null when the file is unusable.
 */
function parseMdx<T extends { translationReviewed?: boolean }>(
  f: RawFile,
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
  defaultLocale: string,
  problems: string[],
): { meta: T; body: string; headings: Heading[] } | null {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(f.text);
  } catch (e) {
    problems.push(`${f.file}: frontmatter: ${(e as Error).message.split('\n')[0]}`);
    return null;
  }
  const meta = schema.safeParse(parsed.data);
  if (!meta.success) {
    problems.push(...describeZodIssues(f.file, meta.error.issues));
    return null;
  }
  if (f.locale !== defaultLocale && meta.data.translationReviewed === undefined) {
    problems.push(`${f.file}: translationReviewed: required for a translation (true once a fluent human has reviewed it)`);
  }
  const { headings, missing } = parseHeadings(parsed.content);
  for (const h of missing) problems.push(`${f.file}: heading "${h}": needs a stable anchor, e.g. {#my-section}`);
  return { meta: meta.data, body: parsed.content, headings };
}

/**
 * Parses every content file and checks what spans files: the same slugs in every locale,
 * the same heading anchors in every translation, links to pages and anchors that exist,
 * glossary terms that are defined. Returns the parsed content and every problem found,
 * each naming its file and field.
 */
export function validateContent(input: ContentInput): { content: Content; problems: string[] } {
  const problems: string[] = [];
  const articles: ParsedArticle[] = [];
  for (const f of input.articles) {
    const parsed = parseMdx(f, articleMetaSchema, input.defaultLocale, problems);
    if (!parsed) continue;
    const { meta, body, headings } = parsed;
    const seen = new Set<string>();
    for (const h of headings) {
      if (seen.has(h.id)) problems.push(`${f.file}: heading anchor #${h.id}: used twice`);
      seen.add(h.id);
    }
    articles.push({ file: f.file, locale: f.locale, slug: f.slug, meta, body, headings });
  }

  const checklists: Content['checklists'] = [];
  for (const f of input.checklists) {
    const r = parseJsonFile(f, checklistSchema, problems);
    if (!r) continue;
    if (f.locale !== input.defaultLocale && r.translationReviewed === undefined) problems.push(`${f.file}: translationReviewed: required for a translation`);
    checklists.push({ file: f.file, locale: f.locale, slug: f.slug, data: r });
  }
  const glossaries: Record<string, Glossary> = {};
  for (const f of input.glossaries) {
    const r = parseJsonFile(f, glossarySchema, problems);
    if (r) glossaries[f.locale] = r;
  }

  const questions: Content['questions'] = {};
  const questionsReviewed: Content['questionsReviewed'] = {};
  const questionFiles = input.questions ?? [];
  const parsedTopics = questionFiles
    .map((f) => ({ f, data: parseJsonFile(f, questionTopicSchema, problems) }))
    .filter((x): x is { f: RawFile; data: NonNullable<typeof x.data> } => x.data !== null);
  for (const { f, data } of parsedTopics) {
    if (data.topic !== f.slug) problems.push(`${f.file}: topic: must be "${f.slug}", the file's name`);
    if (f.locale !== input.defaultLocale && data.translationReviewed === undefined) problems.push(`${f.file}: translationReviewed: required for a translation`);
  }
  for (const l of input.locales) {
    const mine = parsedTopics.filter((x) => x.f.locale === l).sort((a, b) => questionTopics.indexOf(a.data.topic) - questionTopics.indexOf(b.data.topic));
    questions[l] = mine.flatMap(({ data }) => data.questions.map((q) => ({ ...q, topic: data.topic })));
    questionsReviewed[l] = mine.every((x) => x.data.translationReviewed !== false) ? undefined : false;
    const seenIds = new Set<string>();
    for (const { f, data } of mine) data.questions.forEach((q, i) => {
      if (seenIds.has(q.id)) problems.push(`${f.file}: questions.${i}.id: "${q.id}" is used twice in the ${l} bank`);
      seenIds.add(q.id);
    });
  }
  for (const { f, data } of parsedTopics.filter((x) => x.f.locale !== input.defaultLocale)) {
    const original = parsedTopics.find((x) => x.f.locale === input.defaultLocale && x.f.slug === f.slug);
    if (!original) continue;
    const key = (qs: Question[]) => qs.map((q) => `${q.id}|${q.priority}|${q.tags.join()}|${JSON.stringify(q.when)}`).join(' ');
    if (key(original.data.questions) !== key(data.questions)) problems.push(`${f.file}: questions: ids, order, priority, tags and when must match ${original.f.file}`);
  }

  const handoutFiles = input.handouts ?? [];
  const handouts: Content['handouts'] = [];
  for (const f of handoutFiles) {
    const r = parseJsonFile(f, handoutSchema, problems);
    if (!r) continue;
    if (f.locale !== input.defaultLocale && r.translationReviewed === undefined) problems.push(`${f.file}: translationReviewed: required for a translation`);
    const bankIds = new Set(questions[f.locale]?.map((q) => q.id));
    r.questions?.forEach((id, i) => !bankIds.has(id) && problems.push(`${f.file}: questions.${i}: "${id}" is not in the ${f.locale} question bank`));
    if (!r.code.startsWith(handoutCodePrefix(r.place))) problems.push(`${f.file}: code: "${r.code}" must start with ${handoutCodePrefix(r.place)} for place "${r.place}"`);
    for (const law of lawOffPlace(r)) problems.push(`${f.file}: cites ${law}, which does not apply where this "${r.place}" leaflet is handed out`);
    handouts.push({ file: f.file, locale: f.locale, slug: f.slug, data: r });
  }
  // A leaflet code names one sheet: the same code, version and place in every language, and no two sheets share it.
  for (const h of handouts) {
    const twin = handouts.find((o) => o !== h && o.locale === h.locale && o.data.code === h.data.code);
    if (twin && h.file < twin.file) problems.push(`${h.file}: code: "${h.data.code}" is also used by ${twin.file}`);
    const original = handouts.find((o) => o.slug === h.slug && o.locale === input.defaultLocale);
    if (original && original !== h && (['place', 'code', 'version'] as const).some((k) => original.data[k] !== h.data[k])) {
      problems.push(`${h.file}: place, code and version must match ${original.file}`);
    }
  }

  const scripts = validateScripts(input.scripts ?? [], input.scriptSources, input.locales, input.defaultLocale, problems);

  // The same slugs (and ids) in every locale.
  for (const [kind, list] of [['articles', input.articles], ['checklists', input.checklists], ['questions', questionFiles], ['handouts', handoutFiles]] as const) {
    const slugs = new Set(list.map((f) => f.slug));
    for (const s of slugs) for (const l of input.locales) {
      if (!list.some((f) => f.slug === s && f.locale === l)) problems.push(`content/${kind}/${l}/${s}.${kind === 'articles' ? 'mdx' : 'json'}: missing (exists in another locale)`);
    }
  }
  for (const l of input.locales) if (!glossaries[l] && !input.glossaries.some((g) => g.locale === l)) problems.push(`content/glossary/${l}.json: missing`);
  const glossaryIds = (l: string) => new Set(glossaries[l]?.terms.map((t) => t.id) ?? []);
  const base = input.defaultLocale;
  for (const l of input.locales) {
    if (l === base || !glossaries[l] || !glossaries[base]) continue;
    for (const id of glossaryIds(base)) if (!glossaryIds(l).has(id)) problems.push(`content/glossary/${l}.json: terms: "${id}" is missing (defined in ${base})`);
  }
  for (const a of articles.filter((a) => a.locale !== base)) {
    const original = articles.find((o) => o.slug === a.slug && o.locale === base);
    if (!original) continue;
    const mine = a.headings.map((h) => h.id).join(' ');
    const theirs = original.headings.map((h) => h.id).join(' ');
    if (mine !== theirs) problems.push(`${a.file}: heading anchors: must match ${original.file} so deep links work in every language (${mine} ≠ ${theirs})`);
  }
  for (const c of checklists.filter((c) => c.locale !== base)) {
    const original = checklists.find((o) => o.slug === c.slug && o.locale === base);
    if (original && original.data.items.map((i) => i.id).join() !== c.data.items.map((i) => i.id).join()) {
      problems.push(`${c.file}: items: ids must match ${original.file}, in the same order`);
    }
  }

  // Links, anchors, glossary terms and cross-references.
  const articleSlugs = new Set(articles.map((a) => a.slug));
  const checklistSlugs = new Set(checklists.map((c) => c.slug));
  const checkLink = (file: string, locale: string, href: string, field: string) => {
    const [path, hash] = href.split('#');
    if (input.plannedPaths.includes(path) && !hash) return;
    const article = path.match(/^\/articles\/([a-z0-9-]+)\/$/);
    const checklist = path.match(/^\/checklists\/([a-z0-9-]+)\/$/);
    let anchors: Set<string> | undefined;
    if (article) {
      const target = articles.find((a) => a.slug === article[1] && a.locale === locale);
      if (!target) return problems.push(`${file}: ${field}: links to ${href}, but there is no article "${article[1]}" in ${locale}`);
      anchors = new Set(target.headings.map((h) => h.id));
    } else if (checklist) {
      const target = checklists.find((c) => c.slug === checklist[1] && c.locale === locale);
      if (!target) return problems.push(`${file}: ${field}: links to ${href}, but there is no checklist "${checklist[1]}" in ${locale}`);
      anchors = new Set(target.data.items.map((i) => i.id));
    } else if (path.startsWith('/handouts/')) {
      const slug = path.match(/^\/handouts\/([a-z0-9-]+)\/$/)?.[1];
      const exists = slug ? handouts.some((h) => h.slug === slug && h.locale === locale) : path === '/handouts/' && handouts.length > 0;
      if (!exists) return problems.push(`${file}: ${field}: links to ${href}, a page that does not exist`);
      anchors = new Set();
    } else if (path === '/glossary/') {
      anchors = glossaryIds(locale);
    } else if (!['/articles/', '/checklists/', ...input.otherPaths].includes(path)) {
      return problems.push(`${file}: ${field}: links to ${href}, a page that does not exist`);
    }
    if (hash && !anchors?.has(hash)) problems.push(`${file}: ${field}: links to ${href}, but that page has no #${hash}`);
  };
  for (const a of articles) {
    for (const href of linksIn(a.body)) checkLink(a.file, a.locale, href, 'body link');
    for (const id of termsIn(a.body)) if (!glossaryIds(a.locale).has(id)) problems.push(`${a.file}: <Term id="${id}">: not defined in content/glossary/${a.locale}.json`);
    for (const s of a.meta.relatedArticles) if (!articleSlugs.has(s) || s === a.slug) problems.push(`${a.file}: relatedArticles: "${s}" is not another article`);
    for (const t of a.meta.relatedTools) if (t.startsWith('checklist:') && !checklistSlugs.has(t.slice(10))) problems.push(`${a.file}: relatedTools: "${t}" names no checklist`);
    // Every article ends in "What you can do", and that always offers a checklist.
    if (checklistSlugs.size && !a.meta.relatedTools.some((t) => t.startsWith('checklist:'))) problems.push(`${a.file}: relatedTools: needs at least one checklist:SLUG`);
  }
  for (const c of checklists) c.data.items.forEach((item, i) => item.link && checkLink(c.file, c.locale, item.link, `items.${i}.link`));
  for (const { f, data } of parsedTopics) data.questions.forEach((q, i) => q.ifWorried.link && checkLink(f.file, f.locale, q.ifWorried.link, `questions.${i}.ifWorried.link`));
  for (const h of handouts) checkLink(h.file, h.locale, h.data.link, 'link');

  // Every cited source comes from an accepted publisher (content/publishers.ts).
  const checkSource = (file: string, field: string, url: string) => {
    const why = sourceProblem(url);
    if (why) problems.push(`${file}: ${field}: source ${url} ${why}`);
  };
  for (const a of articles) a.meta.sources.forEach((s, i) => checkSource(a.file, `sources.${i}.url`, s.url));
  for (const h of handouts) h.data.sources.forEach((s, i) => checkSource(h.file, `sources.${i}.url`, s.url));
  for (const { f, data } of parsedTopics) data.questions.forEach((q, i) => checkSource(f.file, `questions.${i}.source.url`, q.source.url));
  for (const [id, s] of Object.entries(scripts.sources)) checkSource('content/scripts/sources.json', `${id}.url`, s.url);

  // Review dates: in order, and within the limit for the kind of page.
  const checkDates = (file: string, dates: { published: string; lastReviewed: string; nextReview: string }, legal: boolean) =>
    reviewDateProblems(dates, legal).forEach((p) => problems.push(`${file}: nextReview: ${p}`));
  for (const a of articles) checkDates(a.file, a.meta, citesLaw(a.meta.sources));
  for (const c of checklists) checkDates(c.file, c.data, false);
  for (const h of handouts) checkDates(h.file, h.data, citesLaw(h.data.sources));
  const pageReviews: PageReviews = (input.pageReviews && parseJsonFile(input.pageReviews, pageReviewsSchema, problems)) || {};
  for (const [path, r] of Object.entries(pageReviews)) {
    checkDates(`content/pageReviews.json: "${path}"`, r, r.legal);
    if (!['/', '/articles/', '/checklists/', '/handouts/', '/glossary/', ...input.otherPaths].includes(path)) problems.push(`content/pageReviews.json: "${path}": not a page that exists`);
  }
  if (input.pageReviews) {
    for (const path of ['/articles/', '/checklists/', '/handouts/', '/glossary/', ...input.otherPaths]) if (!pageReviews[path]) problems.push(`content/pageReviews.json: "${path}": missing (every page shows its review dates)`);
  }

  // The watch list and the change log: same ids in every locale, pages that exist, accepted sources.
  const perLocale = <T,>(files: RawFile[] | undefined, schema: Parameters<typeof parseJsonFile<T>>[1], kind: string) => {
    const out: Record<string, T> = {};
    for (const f of files ?? []) {
      const r = parseJsonFile(f, schema, problems);
      if (r) out[f.locale] = r;
    }
    if (files?.length) for (const l of input.locales) if (!files.some((f) => f.locale === l)) problems.push(`content/${kind}/${l}.json: missing`);
    return out;
  };
  const watchFiles = perLocale(input.watch, watchSchema, 'watch');
  const changeFiles = perLocale(input.changes, changesSchema, 'changes');
  const watch: Content['watch'] = {};
  const changes: Content['changes'] = {};
  for (const [l, w] of Object.entries(watchFiles)) {
    const file = `content/watch/${l}.json`;
    watch[l] = w.items;
    w.items.forEach((item, i) => {
      item.affects.forEach((href, j) => checkLink(file, l, href, `items.${i}.affects.${j}`));
      checkSource(file, `items.${i}.source.url`, item.source.url);
    });
    if (l !== base && watchFiles[base]) {
      const key = (items: WatchItem[]) => items.map((x) => `${x.id}|${x.affects.join()}|${x.lastChecked}`).join(' ');
      if (key(w.items) !== key(watchFiles[base].items)) problems.push(`${file}: items: ids, pages and dates must match content/watch/${base}.json`);
    }
    if (l !== base && w.translationReviewed === undefined) problems.push(`${file}: translationReviewed: required for a translation`);
  }
  for (const [l, c] of Object.entries(changeFiles)) {
    const file = `content/changes/${l}.json`;
    changes[l] = [...c.entries].sort((a, b) => b.date.localeCompare(a.date));
    c.entries.forEach((e, i) => e.pages.forEach((href, j) => checkLink(file, l, href, `entries.${i}.pages.${j}`)));
    if (new Set(c.entries.map((e) => e.id)).size !== c.entries.length) problems.push(`${file}: entries: ids must be unique (they are the feed's entry ids)`);
    if (l !== base && c.translationReviewed === undefined) problems.push(`${file}: translationReviewed: required for a translation`);
  }

  // Standing pages written in MDX: frontmatter, anchors that match, links that work.
  const pages: Content['pages'] = [];
  for (const f of input.pages ?? []) {
    const parsed = parseMdx(f, standingPageSchema, base, problems);
    if (!parsed) continue;
    for (const href of linksIn(parsed.body)) checkLink(f.file, f.locale, href, 'body link');
    pages.push({ file: f.file, locale: f.locale, slug: f.slug, ...parsed });
  }
  for (const pg of pages) for (const l of input.locales) if (!pages.some((x) => x.slug === pg.slug && x.locale === l)) problems.push(`content/pages/${l}/${pg.slug}.mdx: missing (exists in another locale)`);

  // "How to ask" boxes open the script tool on one goal and place: it must offer that pair.
  for (const a of articles) {
    for (const [, goal, place] of a.body.matchAll(/<HowToAsk\s+goal="([^"]*)"\s+place="([^"]*)"/g)) {
      const g = scripts.byLocale[a.locale]?.goals.find((x) => x.goal === goal);
      if (!g) problems.push(`${a.file}: <HowToAsk goal="${goal}">: not a script goal`);
      else if (!isOfferedIn(g.variants, place)) problems.push(`${a.file}: <HowToAsk goal="${goal}" place="${place}">: the script tool does not offer this goal for this place`);
    }
  }

  return { content: { articles, checklists, glossaries, questions, questionsReviewed, handouts, scripts, watch, changes, pages, pageReviews }, problems };
}

/** Every page, in every locale, whose next review date is before today (yyyy-mm-dd). */
export function overduePages(content: Pick<Content, 'articles' | 'checklists' | 'handouts' | 'pageReviews'>, today: string): string[] {
  return [
    ...content.articles.map((a) => [a.file, a.meta.nextReview] as const),
    ...content.checklists.map((c) => [c.file, c.data.nextReview] as const),
    ...content.handouts.map((h) => [h.file, h.data.nextReview] as const),
    ...Object.entries(content.pageReviews).map(([path, r]) => [`content/pageReviews.json "${path}"`, r.nextReview] as const),
  ]
    .filter(([, nextReview]) => isOverdue({ nextReview }, today))
    .map(([file, next]) => `${file}: review was due ${next}`);
}

/**
 * Law a leaflet names that does not apply where it is handed out: a US sheet names no GDPR
 * article, an EU/UK sheet no HIPAA rule, and a sheet for both names neither. Reads the printed
 * text and the sources' titles, in any language (the law's names are the same in Spanish).
 */
export function lawOffPlace(h: Pick<Handout, 'place' | 'title' | 'intro' | 'sections' | 'closing' | 'sources'>): string[] {
  const text = [h.title, h.intro, ...h.sections.flatMap((s) => [s.heading, s.text]), h.closing, ...h.sources.map((s) => s.title)].join('\n');
  const us = /\bHIPAA\b|\bCFR\b/.exec(text)?.[0];
  const eu = /\bU?K? ?GDPR\b|\bRGPD\b|\bEUR-Lex\b/.exec(text)?.[0];
  const off: string[] = [];
  if (h.place !== 'us' && us) off.push(us);
  if (h.place !== 'eu-uk' && eu) off.push(eu);
  return off;
}

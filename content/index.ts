// The only module that reads content from disk. Pages call these functions; everything is
// parsed with zod and cross-checked (content/validate.ts) the first time any of it is used,
// so a bad field fails the build with a message naming the file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routing, type Locale } from '@/i18n/routing';
import { ContentError } from './errors';
import { allScriptsPath, checkerPath, movedHandouts, plannedPaths, standingPages, toolPages } from './site';
import { overduePages, validateContent, citesLaw, type Content, type RawFile } from './validate';
import type { ReviewDates } from './review';
import { readabilityOf } from './readability';
import { localizedSourceUrl } from './publishers';
import { handoutPlaces, sourceSchema, terminologySchema, type HandoutPlace, type Terminology } from './schema';
import { z } from 'zod';
import { sourceProblem } from './publishers';
import type { TextFile } from './terminology';
import { validateAuthorities, type SupervisoryAuthorities } from './validateAuthorities';

const root = join(process.cwd(), 'content');

function readKind(kind: 'articles' | 'checklists' | 'questions' | 'handouts' | 'scripts' | 'pages', ext: string): RawFile[] {
  return routing.locales.flatMap((locale) => {
    const dir = join(root, kind, locale);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith(ext))
      .sort()
      .map((name) => ({ file: `content/${kind}/${locale}/${name}`, locale, slug: name.slice(0, -ext.length), text: readFileSync(join(dir, name), 'utf8') }));
  });
}

function readPerLocale(kind: 'watch' | 'changes'): RawFile[] {
  return routing.locales
    .filter((locale) => existsSync(join(root, kind, `${locale}.json`)))
    .map((locale) => ({ file: `content/${kind}/${locale}.json`, locale, slug: locale, text: readFileSync(join(root, kind, `${locale}.json`), 'utf8') }));
}

function readGlossaries(): RawFile[] {
  return routing.locales
    .filter((locale) => existsSync(join(root, 'glossary', `${locale}.json`)))
    .map((locale) => ({ file: `content/glossary/${locale}.json`, locale, slug: locale, text: readFileSync(join(root, 'glossary', `${locale}.json`), 'utf8') }));
}

let cached: Content | undefined;

export function loadContent(): Content {
  if (cached) return cached;
  const { content, problems } = validateContent({
    locales: routing.locales,
    defaultLocale: routing.defaultLocale,
    articles: readKind('articles', '.mdx'),
    checklists: readKind('checklists', '.json'),
    glossaries: readGlossaries(),
    questions: readKind('questions', '.json'),
    handouts: readKind('handouts', '.json'),
    scripts: readKind('scripts', '.json'),
    scriptSources: existsSync(join(root, 'scripts', 'sources.json'))
      ? { file: 'content/scripts/sources.json', locale: routing.defaultLocale, slug: 'sources', text: readFileSync(join(root, 'scripts', 'sources.json'), 'utf8') }
      : undefined,
    watch: readPerLocale('watch'),
    changes: readPerLocale('changes'),
    pages: readKind('pages', '.mdx'),
    pageReviews: { file: 'content/pageReviews.json', locale: routing.defaultLocale, slug: 'pageReviews', text: readFileSync(join(root, 'pageReviews.json'), 'utf8') },
    otherPaths: [...standingPages, ...toolPages, allScriptsPath],
    plannedPaths,
  });
  // A moved handout's old address must not hide a live one, and must point at sheets that exist.
  for (const [old, editions] of Object.entries(movedHandouts)) {
    if (content.handouts.some((h) => h.slug === old)) problems.push(`content/site.ts: movedHandouts: "${old}" is still a handout; remove it from the list`);
    for (const slug of editions) if (!content.handouts.some((h) => h.slug === slug)) problems.push(`content/site.ts: movedHandouts: "${old}" points to "${slug}", which is not a handout`);
  }
  if (problems.length) throw new ContentError(problems);
  warnOverdue(content);
  return (cached = content);
}

/** The build goes on, but says which pages are past their review date. */
function warnOverdue(content: Content) {
  const today = new Date().toISOString().slice(0, 10);
  const overdue = overduePages(content, today);
  if (overdue.length) console.warn(`content: ${overdue.length} page(s) past their review date:\n${overdue.map((o) => `  - ${o}`).join('\n')}`);
}

export const listArticles = (locale: Locale) => loadContent().articles.filter((a) => a.locale === locale);
export const getArticle = (locale: Locale, slug: string) => listArticles(locale).find((a) => a.slug === slug);
export const articleReadability = (locale: Locale, slug: string) => {
  const a = getArticle(locale, slug);
  return a ? readabilityOf(a.body, locale === 'es' ? 'es' : 'en') : undefined;
};
export const listChecklists = (locale: Locale) => loadContent().checklists.filter((c) => c.locale === locale);
export const getChecklist = (locale: Locale, slug: string) => listChecklists(locale).find((c) => c.slug === slug);
export const getGlossary = (locale: Locale) => loadContent().glossaries[locale];
export const listHandouts = (locale: Locale) => loadContent().handouts.filter((h) => h.locale === locale);
export const getHandout = (locale: Locale, slug: string) => listHandouts(locale).find((h) => h.slug === slug);
/** A place's set of leaflets, in the order a rack shows them: its own by code, then those for every place. */
export const handoutsFor = (locale: Locale, place: HandoutPlace) =>
  listHandouts(locale)
    .filter((h) => h.data.place === place || h.data.place === 'all')
    .sort((a, b) => Number(a.data.place === 'all') - Number(b.data.place === 'all') || a.data.code.localeCompare(b.data.code));
export const getQuestionBank = (locale: Locale) => ({ questions: loadContent().questions[locale] ?? [], translationReviewed: loadContent().questionsReviewed[locale] });

/** The script tool's text for one locale: goals in order, shared letter text, and every source it cites. */
export const getScripts = (locale: Locale) => {
  const { byLocale, sources } = loadContent().scripts;
  // sources.json is written in English: on other languages' pages its titles are marked as English.
  const localized = Object.fromEntries(
    Object.entries(sources).map(([id, s]) => [id, { ...s, url: localizedSourceUrl(s.url, locale), ...(locale === routing.defaultLocale ? {} : { lang: 'en' as const }) }]),
  );
  return { ...byLocale[locale], sources: localized };
};

/** Every page of one locale, as locale-free paths: the sitemap and the tests use this list. */
export function listPaths(): string[] {
  const { articles, checklists, handouts } = loadContent();
  const slugs = (list: { slug: string; locale: string }[]) => list.filter((x) => x.locale === routing.defaultLocale).map((x) => x.slug);
  return [
    ...standingPages,
    ...(articles.length ? ['/articles/', ...slugs(articles).map((s) => `/articles/${s}/`)] : []),
    ...(checklists.length ? ['/checklists/', ...slugs(checklists).map((s) => `/checklists/${s}/`)] : []),
    '/glossary/',
    ...toolPages,
    allScriptsPath,
    ...(handouts.length
      ? [
          '/handouts/',
          ...slugs(handouts).map((s) => `/handouts/${s}/`),
          ...handoutPlaces.map((p) => `/handouts/print-all/${p}/`),
          ...Object.keys(movedHandouts).map((s) => `/handouts/${s}/`),
        ]
      : []),
  ];
}

export const getWatchItems = (locale: Locale) => loadContent().watch[locale] ?? [];
export const listChanges = (locale: Locale) => loadContent().changes[locale] ?? [];
export const getStandingPage = (locale: Locale, slug: string) => loadContent().pages.find((p) => p.locale === locale && p.slug === slug);

/** The content file behind an article, checklist or handout path, with its metadata. */
function pageFile(locale: Locale, path: string) {
  const c = loadContent();
  const [, kind, slug] = path.match(/^\/(articles|checklists|handouts)\/([a-z0-9-]+)\/$/) ?? [];
  const mine = <T extends { locale: string; slug: string }>(list: T[]) => list.find((x) => x.locale === locale && x.slug === slug);
  if (kind === 'articles') return mine(c.articles)?.meta;
  if (kind === 'checklists') return mine(c.checklists)?.data;
  if (kind === 'handouts') return mine(c.handouts)?.data;
  return undefined;
}

/** The handouts behind a page that gathers several: a place's "print all", or a moved handout's editions. */
function handoutGroup(locale: Locale, path: string) {
  const place = path.match(/^\/handouts\/print-all\/([a-z-]+)\/$/)?.[1];
  if (place && (handoutPlaces as readonly string[]).includes(place)) return handoutsFor(locale, place as HandoutPlace);
  const moved = movedHandouts[path.match(/^\/handouts\/([a-z0-9-]+)\/$/)?.[1] ?? ''];
  return moved?.map((slug) => getHandout(locale, slug)!).filter(Boolean);
}

/**
 * The review dates any page shows, by its locale-free path: from the page's own content file
 * (article, checklist, handout) or from content/pageReviews.json. `legal` says it cites law.
 */
export function getPageReview(locale: Locale, path: string): (ReviewDates & { legal: boolean }) | undefined {
  // A page made of handouts ("print all", the old address of a split handout) answers for all of
  // them: first published, last reviewed, and the earliest next review among them.
  const group = handoutGroup(locale, path);
  if (group?.length) {
    const dates = (k: 'published' | 'lastReviewed' | 'nextReview') => group.map((h) => h.data[k]).sort();
    return { published: dates('published')[0], lastReviewed: dates('lastReviewed').at(-1)!, nextReview: dates('nextReview')[0], legal: group.some((h) => citesLaw(h.data.sources)) };
  }
  const data = pageFile(locale, path);
  if (!data) return loadContent().pageReviews[path];
  const { published, lastReviewed, nextReview } = data;
  return { published, lastReviewed, nextReview, legal: 'sources' in data ? citesLaw(data.sources) : false };
}

/** Whether a page's text is a translation no fluent human has reviewed yet. */
export function isUnreviewedTranslation(locale: Locale, path: string): boolean {
  const c = loadContent();
  const data = pageFile(locale, path);
  if (data) return data.translationReviewed === false;
  if (path === '/glossary/') return c.glossaries[locale]?.translationReviewed === false;
  if (path === '/questions/') return c.questionsReviewed[locale] === false;
  if (path === '/script/' || path === allScriptsPath) return c.scripts.byLocale[locale]?.reviewed === false;
  if (path === checkerPath) return getCheckerPage(locale).translationReviewed === false;
  return c.pages.find((p) => p.locale === locale && path === `/about/${p.slug}/`)?.meta.translationReviewed === false;
}

/** The sections (## headings) of a page written as prose, for "which part is wrong?". */
export function getPageSections(locale: Locale, path: string): { id: string; text: string }[] {
  const c = loadContent();
  const article = path.match(/^\/articles\/([a-z0-9-]+)\/$/)?.[1];
  const page = article ? c.articles.find((a) => a.locale === locale && a.slug === article) : c.pages.find((p) => p.locale === locale && path === `/about/${p.slug}/`);
  return (page?.headings ?? []).filter((h) => h.depth === 2).map(({ id, text }) => ({ id, text }));
}

/**
 * A language's terminology sheet and the raw text of every file written in that language, for
 * the terminology check (scripts/check-content.ts). Pages (articles, standing pages, handouts,
 * checklists) are also listed apart: abbreviations are written out where each page first uses them.
 */
export function terminologyInputs(locale: Locale): { sheet: Terminology; files: TextFile[]; pages: TextFile[] } | undefined {
  const sheetFile = join(root, 'terminology', `${locale}.json`);
  if (!existsSync(sheetFile)) return undefined;
  const sheet = terminologySchema.parse(JSON.parse(readFileSync(sheetFile, 'utf8')));
  const read = (rel: string): TextFile => ({ file: `content/${rel}`, text: readFileSync(join(root, rel), 'utf8') });
  const dir = (kind: string) => (existsSync(join(root, kind, locale)) ? readdirSync(join(root, kind, locale)).sort().map((n) => read(`${kind}/${locale}/${n}`)) : []);
  const single = ['glossary', 'messages', 'watch', 'changes'].map((k) => `${k}/${locale}.json`).filter((rel) => existsSync(join(root, rel))).map(read);
  const pages = ['articles', 'pages', 'handouts', 'checklists'].flatMap(dir);
  return { sheet, files: [...pages, ...dir('questions'), ...dir('scripts'), ...single], pages };
}

let authorities: SupervisoryAuthorities | undefined;

/**
 * The data protection supervisory authority of each EEA state, and the UK's ICO, from
 * content/authorities/ (one table for every language). Throws a ContentError naming the file
 * and field when an entry is malformed or cites a publisher that is not accepted.
 */
export function getSupervisoryAuthorities(): SupervisoryAuthorities {
  if (authorities) return authorities;
  const read = (name: string) => ({ file: `content/authorities/${name}`, text: readFileSync(join(root, 'authorities', name), 'utf8') });
  const problems: string[] = [];
  const parsed = validateAuthorities(read('eea.json'), read('uk.json'), problems);
  if (problems.length || !parsed) throw new ContentError(problems);
  return (authorities = parsed);
}

const checkerPageSchema = z.object({
  /** Per locale; a locale not named is taken as reviewed (the English original). */
  translationReviewed: z.record(z.string(), z.boolean()),
  sources: z.array(sourceSchema).min(2),
});
let checkerPage: z.infer<typeof checkerPageSchema> | undefined;

/**
 * The file checker's sources and review state (content/checker/page.json; its words are in the
 * messages). Sources are written in English: on other languages' pages their titles are marked.
 */
export function getCheckerPage(locale: Locale) {
  if (!checkerPage) {
    const file = 'content/checker/page.json';
    const parsed = checkerPageSchema.safeParse(JSON.parse(readFileSync(join(root, 'checker', 'page.json'), 'utf8')));
    if (!parsed.success) throw new ContentError(parsed.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`));
    const problems = parsed.data.sources.flatMap((s) => {
      const p = sourceProblem(s.url);
      return p ? [`${file}: source "${s.title}": ${p}`] : [];
    });
    if (problems.length) throw new ContentError(problems);
    checkerPage = parsed.data;
  }
  const other = locale !== routing.defaultLocale;
  return {
    translationReviewed: checkerPage.translationReviewed[locale] ?? true,
    sources: checkerPage.sources.map((s) => ({ ...s, ...(other ? { lang: 'en' as const } : {}) })),
  };
}

// The only module that reads content from disk. Pages call these functions; everything is
// parsed with zod and cross-checked (content/validate.ts) the first time any of it is used,
// so a bad field fails the build with a message naming the file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routing, type Locale } from '@/i18n/routing';
import { ContentError } from './errors';
import { plannedPaths, standingPages, toolPages } from './site';
import { validateContent, type Content, type RawFile } from './validate';
import { readabilityOf } from './readability';

const root = join(process.cwd(), 'content');

function readKind(kind: 'articles' | 'checklists' | 'questions' | 'handouts' | 'scripts', ext: string): RawFile[] {
  return routing.locales.flatMap((locale) => {
    const dir = join(root, kind, locale);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith(ext))
      .sort()
      .map((name) => ({ file: `content/${kind}/${locale}/${name}`, locale, slug: name.slice(0, -ext.length), text: readFileSync(join(dir, name), 'utf8') }));
  });
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
    otherPaths: [...standingPages, ...toolPages],
    plannedPaths,
  });
  if (problems.length) throw new ContentError(problems);
  return (cached = content);
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
export const getQuestionBank = (locale: Locale) => ({ questions: loadContent().questions[locale] ?? [], translationReviewed: loadContent().questionsReviewed[locale] });

/** The script tool's text for one locale: goals in order, shared letter text, and every source it cites. */
export const getScripts = (locale: Locale) => {
  const { byLocale, sources } = loadContent().scripts;
  return { ...byLocale[locale], sources };
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
    ...(handouts.length ? ['/handouts/', ...slugs(handouts).map((s) => `/handouts/${s}/`)] : []),
  ];
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { getArticle, getGlossary, listArticles } from '@/content';
import { termsIn } from '@/content/validate';
import { absoluteUrl } from '@/content/routes';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { ArticleBody } from '@/components/mdx/ArticleBody';
import { SourcesList } from '@/components/articles/SourcesList';
import { WhatYouCanDo } from '@/components/articles/WhatYouCanDo';
import { StartHerePager } from '@/components/articles/StartHerePager';
import { PageActions } from '@/components/ui/PageActions';
import { StaticHtml } from '@/components/ui/StaticHtml';
import { UnreviewedNote } from '@/components/ui/UnreviewedNote';

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return listArticles(params.locale as Locale).map((a) => ({ slug: a.slug }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = getArticle(locale as Locale, slug);
  if (!article) return {};
  return pageMetadata(locale as Locale, `/articles/${slug}/`, {
    title: article.meta.title,
    description: article.meta.description,
    image: absoluteUrl(locale as Locale, `/articles/${slug}/opengraph-image`),
  });
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/articles/[slug]'>) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const article = getArticle(locale, slug);
  if (!article) notFound();
  const { meta, body, headings } = article;
  const t = await getTranslations({ locale, namespace: 'ArticlePage' });
  const tSources = await getTranslations({ locale, namespace: 'SourcesList' });
  const format = await getFormatter({ locale });
  const glossary = getGlossary(locale);
  const usedTerms = [...new Set(termsIn(body))].map((id) => glossary.terms.find((g) => g.id === id)!);
  const related = meta.relatedArticles.map((s) => getArticle(locale, s)).filter((a) => a !== undefined);

  return (
    <PageShell locale={locale} path={`/articles/${slug}/`} searchable>
      <article className="prose-page">
        <h1 data-pagefind-meta="title" className="text-3xl font-bold sm:text-4xl">{meta.title}</h1>
        <p data-pagefind-ignore className="text-sm text-muted">
          {t('lastReviewed', { date: format.dateTime(new Date(`${meta.lastReviewed}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) })}
        </p>
        {meta.translationReviewed === false ? <UnreviewedNote text={t('unreviewed')} /> : null}
        <PageActions labels={{ print: t('print'), copyLink: t('copyLink'), copied: t('copied'), copyFailed: t('copyFailed') }} />

        <StaticHtml>
          <section aria-labelledby="in-short" className="callout">
            <h2 id="in-short" className="!mt-0">{t('inShort')}</h2>
            <ul>
              {meta.summary.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </section>

          <nav aria-labelledby="on-this-page" className="toc" data-pagefind-ignore>
            <h2 id="on-this-page">{t('onThisPage')}</h2>
            <ol>
              {headings.filter((h) => h.depth === 2).map((h) => (
                <li key={h.id}>
                  <a href={`#${h.id}`}>{h.text}</a>
                </li>
              ))}
            </ol>
          </nav>

          <ArticleBody body={body} locale={locale} glossary={glossary} termLabels={{ more: t('glossaryMore'), close: t('glossaryClose') }} />

          {/* Links to other pages and the glossary's own words: found on those pages, not here. */}
          <div data-pagefind-ignore>
            <WhatYouCanDo locale={locale} tools={meta.relatedTools} />
            <StartHerePager locale={locale} slug={slug} />
          </div>

          {usedTerms.length ? (
            <section aria-labelledby="words-used" data-pagefind-ignore>
              <h2 id="words-used">{t('wordsUsed')}</h2>
              <dl>
                {usedTerms.map((term) => (
                  <div key={term.id} className="mt-2">
                    <dt className="font-semibold">{term.term}</dt>
                    <dd>{term.definition}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : null}

          <section aria-labelledby="sources" data-pagefind-ignore>
            <h2 id="sources">{t('sources')}</h2>
            <SourcesList sources={meta.sources} inLanguage={{ en: tSources('en') }} />
          </section>

          {related.length ? (
            <section aria-labelledby="related" className="no-print" data-pagefind-ignore>
              <h2 id="related">{t('related')}</h2>
              <ul>
                {related.map((a) => (
                  <li key={a.slug}>
                    <Link href={`/articles/${a.slug}/`}>{a.meta.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </StaticHtml>
      </article>
    </PageShell>
  );
}

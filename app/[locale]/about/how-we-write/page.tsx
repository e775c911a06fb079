import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/i18n/server';
import type { Locale } from '@/i18n/routing';
import { getGlossary, getStandingPage } from '@/content';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { ArticleBody } from '@/components/mdx/ArticleBody';
import { UnreviewedNote } from '@/components/ui/UnreviewedNote';

export async function generateMetadata({ params }: PageProps<'/[locale]/about/how-we-write'>) {
  const locale = (await params).locale as Locale;
  const page = getStandingPage(locale, 'how-we-write');
  return page ? pageMetadata(locale, '/about/how-we-write/', { title: page.meta.title, description: page.meta.description }) : {};
}

/** The editorial policy: written as MDX in content/pages/, like an article without its tools. */
export default async function HowWeWritePage({ params }: PageProps<'/[locale]/about/how-we-write'>) {
  const locale = await resolveLocale(params);
  const page = getStandingPage(locale, 'how-we-write');
  if (!page) notFound();
  const t = await getTranslations({ locale, namespace: 'ArticlePage' });
  return (
    <PageShell locale={locale} path="/about/how-we-write/" searchable>
      <article className="prose-page">
        <PageTitle>{page.meta.title}</PageTitle>
        {page.meta.translationReviewed === false ? <UnreviewedNote text={t('unreviewed')} /> : null}
        <ArticleBody body={page.body} locale={locale} glossary={getGlossary(locale)} termLabels={{ more: t('glossaryMore'), close: t('glossaryClose') }} />
      </article>
    </PageShell>
  );
}

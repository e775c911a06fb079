import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { articleReadability, listArticles } from '@/content';
import { readingMinutes } from '@/content/readability';
import { themes } from '@/content/schema';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { CardGrid, LinkCard } from '@/components/ui/Card';
import { PageTitle } from '@/components/ui/PageTitle';

export async function generateMetadata({ params }: PageProps<'/[locale]/articles'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'ArticlesIndex' });
  return pageMetadata(locale, '/articles/', { title: t('title'), description: t('description') });
}

export default async function ArticlesIndex({ params }: PageProps<'/[locale]/articles'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'ArticlesIndex' });
  const articles = listArticles(locale);
  return (
    <PageShell locale={locale} path="/articles/">
      <div className="prose-page">
        <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
        {themes.map((theme) => {
          const inTheme = articles.filter((a) => a.meta.theme === theme);
          if (!inTheme.length) return null;
          return (
            <section key={theme} aria-labelledby={theme}>
              <h2 id={theme}>{t(`themes.${theme}`)}</h2>
              <CardGrid>
                {inTheme.map((a) => (
                  <LinkCard key={a.slug} href={`/articles/${a.slug}/`} title={a.meta.title} tag={t('minutes', { minutes: readingMinutes(articleReadability(locale, a.slug)?.words ?? 0) })}>
                    {a.meta.description}
                  </LinkCard>
                ))}
              </CardGrid>
            </section>
          );
        })}
      </div>
    </PageShell>
  );
}

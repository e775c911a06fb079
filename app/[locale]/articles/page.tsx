import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { listArticles } from '@/content';
import { themes } from '@/content/schema';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
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
              <ul className="!list-none !pl-0 space-y-4">
                {inTheme.map((a) => (
                  <li key={a.slug}>
                    <Link href={`/articles/${a.slug}/`} className="text-lg font-semibold">
                      {a.meta.title}
                    </Link>
                    <p className="text-muted">{a.meta.description}</p>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </PageShell>
  );
}

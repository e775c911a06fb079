import { getFormatter, getTranslations } from 'next-intl/server';
import { Link, printHref } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { listArticles, listChecklists } from '@/content';
import { absoluteUrl } from '@/content/routes';
import { siteUrl, toolPages } from '@/content/site';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { Section } from '@/components/ui/Section';
import { CopyButton } from '@/components/ui/CopyButton';

export async function generateMetadata({ params }: PageProps<'/[locale]/share'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'SharePage' });
  return pageMetadata(locale, '/share/', { title: t('title'), description: t('description') });
}

export default async function SharePage({ params }: PageProps<'/[locale]/share'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'SharePage' });
  const format = await getFormatter({ locale });
  const articles = listArticles(locale);
  const copy = { label: t('copyLink'), copied: t('copied'), failed: t('copyFailed') };
  const tools = [
    ...toolPages.map((path) => ({ path, name: t(`tools.${path.replaceAll('/', '') as 'questions' | 'script' | 'check-my-file'}`) })),
    { path: '/checklists/', name: t('tools.checklists') },
    ...listChecklists(locale).map((c) => ({ path: `/checklists/${c.slug}/`, name: t('tools.checklist', { title: c.data.title }) })),
    { path: '/glossary/', name: t('tools.glossary') },
    { path: '/articles/', name: t('tools.articles') },
  ];
  const example = articles[0];

  return (
    <PageShell locale={locale} path="/share/" searchable>
      <div className="prose-page">
        <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
        <Section id="articles" title={t('articlesTitle')}>
          <p>{t('articlesIntro')}</p>
          <ul className="!list-none !pl-0 space-y-6">
            {articles.map((a) => {
              const url = absoluteUrl(locale, `/articles/${a.slug}/`);
              return (
                <li key={a.slug} className="border-b border-line pb-4">
                  <h3 className="!mt-0">
                    {/* On paper the address below stands for the link; printing it twice adds nothing. */}
                    <Link href={`/articles/${a.slug}/`} data-print-href={undefined}>
                      {a.meta.title}
                    </Link>
                  </h3>
                  <p>
                    <span className="font-semibold">{t('suggested')}</span> {a.meta.description}
                  </p>
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <code className="break-all">{url}</code>
                    <CopyButton value={url} name={a.meta.title} {...copy} />
                  </p>
                  <details className="mt-2">
                    <summary className="cursor-pointer">{t('sections')}</summary>
                    <ul className="mt-2">
                      {a.headings.filter((h) => h.depth === 2).map((h) => (
                        <li key={h.id} className="flex flex-wrap items-center gap-2">
                          <Link href={`/articles/${a.slug}/#${h.id}`}>{h.text}</Link>
                          <CopyButton value={`${url}#${h.id}`} name={`${h.text} (${a.meta.title})`} {...copy} />
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              );
            })}
          </ul>
        </Section>
        <Section id="tools" title={t('toolsTitle')}>
          <ul>
            {tools.map((tool) => (
              <li key={tool.path} className="flex flex-wrap items-center gap-2">
                <Link href={tool.path}>{tool.name}</Link>
                <CopyButton value={absoluteUrl(locale, tool.path)} name={tool.name} {...copy} />
              </li>
            ))}
          </ul>
        </Section>
        <Section id="feed" title={t('feedTitle')}>
          <p>
            {t.rich('feed', { link: (chunks) => <a href={`/${locale}/feed.xml`} data-print-href={printHref(locale, '/feed.xml')}>{chunks}</a> })}
          </p>
        </Section>
        <Section id="cite" title={t('citeTitle')}>
          <p>{t('cite')}</p>
          {example ? (
            <blockquote className="border-l-4 border-line pl-4">
              {t('citeExample', {
                title: example.meta.title,
                date: format.dateTime(new Date(`${example.meta.lastReviewed}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }),
                url: absoluteUrl(locale, `/articles/${example.slug}/`),
              })}
            </blockquote>
          ) : null}
          <p>{t.rich('licence', { link: (chunks) => <a href="https://creativecommons.org/licenses/by/4.0/">{chunks}</a> })}</p>
          <p>{t('selfHost', { site: siteUrl })}</p>
        </Section>
      </div>
    </PageShell>
  );
}

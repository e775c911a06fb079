import { getTranslations } from 'next-intl/server';
import { localizeHref } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { listPaths } from '@/content';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { SearchTool } from '@/components/search/SearchTool';
import { AzIndex } from '@/components/search/AzIndex';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  return pageMetadata(locale, '/search/', { title: t('title'), description: t('description') });
}

export default async function SearchPage({ params }: PageProps<'/[locale]/search'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  // One sentence per possible count (a result is a page, so no more than the pages there are);
  // the query is filled in on the device, as it never reaches the server.
  const counts = Array.from({ length: listPaths().length + 1 }, (_, count) => t('count', { count, query: '{query}' }));
  return (
    <PageShell locale={locale} path="/search/">
      <div className="space-y-6">
        <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
        <SearchTool
          action={localizeHref(locale, '/search/')}
          wordsUrl={localizeHref(locale, '/search/words.json')}
          glossaryHref={localizeHref(locale, '/glossary/')}
          labels={{
            label: t('label'),
            noScript: t('noScript'),
            button: t('button'),
            loading: t('loading'),
            failed: t('failed'),
            counts,
            corrected: t.raw('corrected') as string,
            nothing: t('nothing'),
            azLink: t('azLink'),
            glossaryLink: t('glossaryLink'),
            sections: t('sections'),
          }}
        />
        <AzIndex locale={locale} />
      </div>
    </PageShell>
  );
}

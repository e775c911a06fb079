import { getTranslations } from 'next-intl/server';
import { Link, printHref } from '@/i18n/navigation';
import { resolveLocale } from '@/i18n/server';
import type { Locale } from '@/i18n/routing';
import { listChanges } from '@/content';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { formatDate } from '@/components/script/dates';
import { pageLabel } from '@/components/accountability/pageLabel';

export async function generateMetadata({ params }: PageProps<'/[locale]/changes'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'ChangesPage' });
  return pageMetadata(locale, '/changes/', { title: t('title'), description: t('description') });
}

/** The public change log, newest first; the same entries are in the Atom feed. */
export default async function ChangesPage({ params }: PageProps<'/[locale]/changes'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'ChangesPage' });
  const entries = listChanges(locale);
  const labels = await Promise.all(entries.map((e) => Promise.all(e.pages.map((p) => pageLabel(locale, p)))));
  return (
    <PageShell locale={locale} path="/changes/">
      <div className="prose-page">
        <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
        <p>
          <a href={`/${locale}/feed.xml`} data-print-href={printHref(locale, '/feed.xml')}>{t('feed')}</a>
        </p>
        <ol className="!list-none !pl-0 space-y-6">
          {entries.map((e, i) => (
            <li key={e.id} id={e.id} className="callout">
              <h2 className="!mt-0 text-xl font-bold">
                <time dateTime={e.date}>{formatDate(e.date, locale)}</time>
              </h2>
              <p>{e.what}</p>
              <p>
                <span className="font-semibold">{t('why')}</span> {e.why}
              </p>
              <p className="font-semibold">{t('pages')}</p>
              <ul>
                {e.pages.map((p, j) => (
                  <li key={p}>
                    <Link href={p}>{labels[i][j]}</Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </div>
    </PageShell>
  );
}

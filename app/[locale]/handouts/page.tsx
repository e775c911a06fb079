import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { listHandouts } from '@/content';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { HandoutSheet } from '@/components/handouts/HandoutSheet';

export async function generateMetadata({ params }: PageProps<'/[locale]/handouts'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'HandoutsIndex' });
  return pageMetadata(locale, '/handouts/', { title: t('title'), description: t('description') });
}

export default async function HandoutsIndex({ params }: PageProps<'/[locale]/handouts'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'HandoutsIndex' });
  return (
    <PageShell locale={locale} path="/handouts/">
      <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
      <ul className="grid gap-8 sm:grid-cols-2">
        {listHandouts(locale).map((h) => (
          <li key={h.slug} className="space-y-3">
            <h2 className="text-lg font-bold">
              <Link href={`/handouts/${h.slug}/`}>{h.data.title}</Link>
            </h2>
            {/* A scaled-down picture of the printed page; the real one is a click away. */}
            <div className="handout-preview" aria-hidden="true" inert>
              <div className="handout-preview-inner">
                <HandoutSheet handout={h.data} slug={h.slug} locale={locale} side="back" />
              </div>
            </div>
            <p className="flex flex-wrap gap-3">
              <Link href={`/handouts/${h.slug}/`} className="button button-secondary" aria-label={`${t('open')}: ${h.data.title}`}>
                {t('open')}
              </Link>
              <Link href={`/handouts/${h.slug}/#print=1`} className="button" aria-label={`${t('print')}: ${h.data.title}`}>
                {t('print')}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}

import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { handoutsFor } from '@/content';
import { handoutPlaces } from '@/content/schema';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { HandoutSheet } from '@/components/handouts/HandoutSheet';
import { PlacePicker } from '@/components/handouts/PlacePicker';

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
      <PlacePicker
        legend={t('placeTitle')}
        hint={t('placeHint')}
        places={handoutPlaces.map((place) => {
          const set = handoutsFor(locale, place);
          return { id: place, label: t(`places.${place}`), set: (
            <section key={place} aria-labelledby={`set-${place}`} className="handout-set mb-12" data-set={place}>
              <h2 id={`set-${place}`} className="text-2xl font-bold">
                {t('setTitle', { place: t(`placesIn.${place}`) })}
              </h2>
              <p className="mt-3">
                <Link href={`/handouts/print-all/${place}/`} className="button">
                  {t('printAll', { count: set.length })}
                </Link>
              </p>
              <ul className="mt-6 grid gap-8 sm:grid-cols-2">
                {set.map((h) => (
                  <li key={h.slug} className="space-y-3">
                    <h3 className="text-lg font-bold">
                      <Link href={`/handouts/${h.slug}/`}>{h.data.title}</Link>
                    </h3>
                    {/* A scaled-down picture of the printed page; the real one is a click away. */}
                    <div className="handout-preview" aria-hidden="true" inert>
                      <div className="handout-preview-inner">
                        <HandoutSheet handout={h.data} slug={h.slug} locale={locale} side="back" headingLevel={2} scope={`preview-${place}`} />
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
            </section>
          ) };
        })}
      />
    </PageShell>
  );
}

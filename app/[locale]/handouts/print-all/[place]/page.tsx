import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { getHandout, handoutsFor } from '@/content';
import { handoutPlaces, type HandoutPlace } from '@/content/schema';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { HandoutOptionsPanel } from '@/components/handouts/HandoutOptions';
import { HandoutSheet } from '@/components/handouts/HandoutSheet';
import { LocalAddressWarning } from '@/components/handouts/LocalAddressWarning';
import { handoutOptionsLabels } from '@/components/handouts/optionsLabels';

export function generateStaticParams() {
  return handoutPlaces.map((place) => ({ place }));
}
export const dynamicParams = false;

const isPlace = (p: string): p is HandoutPlace => (handoutPlaces as readonly string[]).includes(p);

export async function generateMetadata({ params }: PageProps<'/[locale]/handouts/print-all/[place]'>): Promise<Metadata> {
  const { locale: raw, place } = await params;
  const locale = raw as Locale;
  if (!isPlace(place)) return {};
  const t = await getTranslations({ locale, namespace: 'HandoutPrintAll' });
  const where = (await getTranslations({ locale, namespace: 'HandoutsIndex' }))(`placesIn.${place}`);
  return pageMetadata(locale, `/handouts/print-all/${place}/`, { title: t('title', { place: where }), description: t('description', { place: where }) });
}

/**
 * Every handout of one place's set in one print job, each starting on a new page, with the same
 * options as a single handout (the clinic's name and logo, bilingual, large print) set once.
 */
export default async function PrintAllHandouts({ params }: PageProps<'/[locale]/handouts/print-all/[place]'>) {
  const locale = await resolveLocale(params);
  const { place } = await params;
  if (!isPlace(place)) notFound();
  const t = await getTranslations({ locale, namespace: 'HandoutPrintAll' });
  const where = (await getTranslations({ locale, namespace: 'HandoutsIndex' }))(`placesIn.${place}`);
  const set = handoutsFor(locale, place);
  const backLocale = routing.locales.find((l) => l !== locale && set.every((h) => getHandout(l, h.slug)));
  return (
    <PageShell locale={locale} path={`/handouts/print-all/${place}/`}>
      <div className="no-print">
        <PageTitle lead={t('lead', { place: where })}>{t('title', { place: where })}</PageTitle>
      </div>
      <LocalAddressWarning locale={locale} />
      <HandoutOptionsPanel
        labels={await handoutOptionsLabels(locale, backLocale, t('print', { count: set.length }), {
          front: set.some((h) => h.data.translationReviewed === false),
          back: Boolean(backLocale) && set.some((h) => getHandout(backLocale!, h.slug)?.data.translationReviewed === false),
        })}
        printAll
      >
        {set.map((h) => {
          const back = backLocale ? getHandout(backLocale, h.slug) : undefined;
          return (
            <div key={h.slug} className="handout-set-item">
              <HandoutSheet handout={h.data} slug={h.slug} locale={locale} side="front" headingLevel={2} />
              {back && backLocale ? <HandoutSheet handout={back.data} slug={h.slug} locale={backLocale} side="back" headingLevel={2} /> : null}
            </div>
          );
        })}
      </HandoutOptionsPanel>
    </PageShell>
  );
}

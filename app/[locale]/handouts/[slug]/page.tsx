import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { getHandout, listHandouts } from '@/content';
import { movedHandouts } from '@/content/site';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { SourcesList } from '@/components/articles/SourcesList';
import { HandoutOptionsPanel } from '@/components/handouts/HandoutOptions';
import { HandoutSheet } from '@/components/handouts/HandoutSheet';
import { LocalAddressWarning } from '@/components/handouts/LocalAddressWarning';
import { handoutOptionsLabels } from '@/components/handouts/optionsLabels';

export function generateStaticParams({ params }: { params: { locale: string } }) {
  // Live handouts, and the old addresses of handouts split into editions (see movedHandouts).
  return [...listHandouts(params.locale as Locale).map((h) => h.slug), ...Object.keys(movedHandouts)].map((slug) => ({ slug }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[locale]/handouts/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const h = getHandout(locale as Locale, slug);
  if (h) return pageMetadata(locale as Locale, `/handouts/${slug}/`, { title: h.data.title, description: h.data.description });
  const t = await getTranslations({ locale: locale as Locale, namespace: 'HandoutMoved' });
  return pageMetadata(locale as Locale, `/handouts/${slug}/`, { title: t('title'), description: t('lead') });
}

/** An old address of a handout that now comes in editions: a plain list of them. */
async function MovedHandout({ locale, slug }: { locale: Locale; slug: string }) {
  const t = await getTranslations({ locale, namespace: 'HandoutMoved' });
  const places = await getTranslations({ locale, namespace: 'HandoutsIndex' });
  return (
    <PageShell locale={locale} path={`/handouts/${slug}/`}>
      <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
      <ul className="space-y-3 text-lg">
        {movedHandouts[slug].map((edition) => {
          const h = getHandout(locale, edition)!;
          return (
            <li key={edition}>
              <Link href={`/handouts/${edition}/`} className="font-semibold">
                {h.data.title}
              </Link>
              {h.data.place === 'all' ? null : ` (${places(`places.${h.data.place}`)})`}
            </li>
          );
        })}
      </ul>
    </PageShell>
  );
}

export default async function HandoutPage({ params }: PageProps<'/[locale]/handouts/[slug]'>) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const handout = getHandout(locale, slug);
  if (!handout) {
    if (movedHandouts[slug]) return <MovedHandout locale={locale} slug={slug} />;
    notFound();
  }
  const t = await getTranslations({ locale, namespace: 'HandoutPage' });
  const tSources = await getTranslations({ locale, namespace: 'SourcesList' });
  // The back of a bilingual handout: the first other language that has this handout.
  const backLocale = routing.locales.find((l) => l !== locale && getHandout(l, slug));
  const back = backLocale ? getHandout(backLocale, slug) : undefined;

  return (
    <PageShell locale={locale} path={`/handouts/${slug}/`} searchable>
      <LocalAddressWarning locale={locale} />
      <HandoutOptionsPanel labels={await handoutOptionsLabels(locale, backLocale, t('print'), { front: handout.data.translationReviewed === false, back: back?.data.translationReviewed === false })}>
        <HandoutSheet handout={handout.data} slug={slug} locale={locale} side="front" headingLevel={1} />
        {back && backLocale ? <HandoutSheet handout={back.data} slug={slug} locale={backLocale} side="back" headingLevel={2} /> : null}
      </HandoutOptionsPanel>
      <section aria-labelledby="sources" className="no-print mt-8" data-pagefind-ignore>
        <h2 id="sources" className="text-xl font-bold">{t('sources')}</h2>
        <SourcesList sources={handout.data.sources} inLanguage={{ en: tSources('en') }} />
      </section>
    </PageShell>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeNames, routing, type Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { getHandout, listHandouts } from '@/content';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { SourcesList } from '@/components/articles/SourcesList';
import { HandoutOptionsPanel } from '@/components/handouts/HandoutOptions';
import { HandoutSheet } from '@/components/handouts/HandoutSheet';

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return listHandouts(params.locale as Locale).map((h) => ({ slug: h.slug }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[locale]/handouts/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const h = getHandout(locale as Locale, slug);
  return h ? pageMetadata(locale as Locale, `/handouts/${slug}/`, { title: h.data.title, description: h.data.description }) : {};
}

export default async function HandoutPage({ params }: PageProps<'/[locale]/handouts/[slug]'>) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const handout = getHandout(locale, slug);
  if (!handout) notFound();
  const t = await getTranslations({ locale, namespace: 'HandoutPage' });
  const tSources = await getTranslations({ locale, namespace: 'SourcesList' });
  // The back of a bilingual handout: the first other language that has this handout.
  const backLocale = routing.locales.find((l) => l !== locale && getHandout(l, slug));
  const back = backLocale ? getHandout(backLocale, slug) : undefined;

  return (
    <PageShell locale={locale} path={`/handouts/${slug}/`}>
      <HandoutOptionsPanel
        labels={{
          title: t('options'),
          providedBy: t('providedBy'),
          providedByHint: t('providedByHint'),
          counter: t.raw('counter') as string,
          tooLong: t.raw('tooLong') as string,
          bilingual: backLocale ? t('bilingual', { language: localeNames[backLocale] }) : null,
          largePrint: t('largePrint'),
          print: t('print'),
          ignored: t('ignored'),
        }}
      >
        <HandoutSheet handout={handout.data} slug={slug} locale={locale} side="front" />
        {back && backLocale ? <HandoutSheet handout={back.data} slug={slug} locale={backLocale} side="back" /> : null}
      </HandoutOptionsPanel>
      <section aria-labelledby="sources" className="no-print mt-8">
        <h2 id="sources" className="text-xl font-bold">{t('sources')}</h2>
        <SourcesList sources={handout.data.sources} inLanguage={{ en: tSources('en') }} />
      </section>
    </PageShell>
  );
}

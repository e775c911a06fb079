import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { NotFoundContent } from '@/components/layout/NotFoundContent';

// A static export runs no code for unknown paths, and notFound() during export writes an
// empty error shell. So each locale exports one real "missing" page, /{locale}/404/, and the
// server (scripts/serve.mjs) and host rules (out/_redirects) send it with status 404.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale, rest: ['404'] }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[locale]/[...rest]'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'NotFoundPage' });
  return { title: t('title'), robots: { index: false } };
}

export default async function MissingPage({ params }: PageProps<'/[locale]/[...rest]'>) {
  return <NotFoundContent locale={await resolveLocale(params)} />;
}

import type { ReactNode } from 'react';
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { siteUrl } from '@/content/site';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}
export const dynamicParams = false;

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Layout' });
  return {
    metadataBase: new URL(siteUrl),
    title: { template: `%s · ${t('siteName')}`, default: t('siteName') },
    // The site promises not to track; it also asks search engines not to guess phone numbers.
    formatDetection: { telephone: false },
    manifest: `/${locale}/manifest.webmanifest`,
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body className="min-h-screen flex flex-col">
        {/* No NextIntlClientProvider: client components get their words as props from
            the server, so neither messages nor the provider ship to the browser. */}
        {children}
      </body>
    </html>
  );
}

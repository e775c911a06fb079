import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { alternatesFor } from '@/content/routes';
import { siteUrl } from '@/content/site';
import { LanguageChooser } from '@/components/root/LanguageChooser';

// A static export has no server to read Accept-Language, so `/` is a chooser that
// works as plain HTML, in every language at once.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: 'RootPage' });
  return {
    metadataBase: new URL(siteUrl),
    title: t('title'),
    description: t('description'),
    alternates: { canonical: `${siteUrl}/`, languages: alternatesFor('/') },
    openGraph: { title: t('title'), description: t('description'), url: `${siteUrl}/`, type: 'website' },
    twitter: { card: 'summary', title: t('title'), description: t('description') },
  };
}

export default async function RootPage() {
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: 'RootPage' });
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <main className="mx-auto max-w-measure px-4 py-10">
          <p className="text-3xl font-bold">{t('title')}</p>
          <LanguageChooser />
        </main>
      </body>
    </html>
  );
}

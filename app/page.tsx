import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { alternatesFor } from '@/content/routes';
import { siteUrl } from '@/content/site';
import { LanguageChooser } from '@/components/root/LanguageChooser';

/** The site's name in every language, each in its own: the chooser is for readers of all of them. */
async function siteNames() {
  return Promise.all(routing.locales.map(async (locale) => ({ locale, name: (await getTranslations({ locale, namespace: 'RootPage' }))('title') })));
}

// A static export has no server to read Accept-Language, so `/` is a chooser that
// works as plain HTML, in every language at once.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: 'RootPage' });
  const title = (await siteNames()).map((n) => n.name).join(' · ');
  return {
    metadataBase: new URL(siteUrl),
    title,
    description: t('description'),
    alternates: { canonical: `${siteUrl}/`, languages: alternatesFor('/') },
    openGraph: { title, description: t('description'), url: `${siteUrl}/`, type: 'website' },
    twitter: { card: 'summary', title, description: t('description') },
  };
}

export default async function RootPage() {
  const names = await siteNames();
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <main className="mx-auto max-w-measure px-4 py-10">
          <p className="text-3xl font-bold">
            {names.map(({ locale, name }, i) => (
              <span key={locale} lang={locale} className="block">
                {name}
                {i < names.length - 1 ? <span className="sr-only"> · </span> : null}
              </span>
            ))}
          </p>
          <LanguageChooser />
        </main>
      </body>
    </html>
  );
}

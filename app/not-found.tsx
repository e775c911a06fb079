import { getTranslations } from 'next-intl/server';
import { localeNames, routing } from '@/i18n/routing';

// For paths outside any known locale (/fr/, /anything): say it in every language.
export default async function GlobalNotFound() {
  const blocks = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: 'NotFoundPage' }) })),
  );
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <title>{blocks.map(({ t }) => t('title')).join(' · ')}</title>
        <meta name="robots" content="noindex" />
        <main className="mx-auto max-w-measure space-y-8 px-4 py-10">
          {blocks.map(({ locale, t }, i) => (
            <section key={locale} lang={locale} aria-labelledby={`nf-${locale}`}>
              {i === 0 ? (
                <h1 id={`nf-${locale}`} className="text-2xl font-bold">{t('title')}</h1>
              ) : (
                <h2 id={`nf-${locale}`} className="text-2xl font-bold">{t('title')}</h2>
              )}
              <p className="mt-2">{t('body')}</p>
              <p className="mt-2">
                <a href={`/${locale}/`} hrefLang={locale}>
                  {t('home')} ({localeNames[locale]})
                </a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}

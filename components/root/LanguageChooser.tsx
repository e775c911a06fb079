import { getTranslations } from 'next-intl/server';
import { localeNames, routing } from '@/i18n/routing';

/**
 * One block per language, each in its own language, with plain links: it works without
 * JavaScript. The small inline script only reveals "your browser prefers this language"
 * next to the first match in navigator.languages; it stores nothing and redirects nowhere.
 * The line's space is kept (invisible, not hidden), so revealing it moves nothing below it.
 */
export async function LanguageChooser({ headingLevel = 1 }: { headingLevel?: 1 | 2 }) {
  const blocks = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: 'RootPage' }) })),
  );
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const suggest = `(function(){var l=navigator.languages||[navigator.language];for(var i=0;i<l.length;i++){var e=document.getElementById('suggest-'+String(l[i]).slice(0,2).toLowerCase());if(e){e.classList.remove('invisible');return}}})();`;
  return (
    <>
      <ul className="mt-8 grid gap-6 sm:grid-cols-2">
        {blocks.map(({ locale, t }) => (
          <li key={locale} lang={locale} className="rounded-lg border-2 border-line p-5">
            <Heading className="text-xl font-bold">{t('choose')}</Heading>
            <p className="mt-2">{t('lead')}</p>
            <p className="mt-4">
              <a className="button" href={`/${locale}/`} hrefLang={locale}>
                {localeNames[locale]}
              </a>
            </p>
            <p id={`suggest-${locale}`} className="invisible mt-2 font-semibold">
              {t('suggested')}
            </p>
          </li>
        ))}
      </ul>
      <script dangerouslySetInnerHTML={{ __html: suggest }} />
    </>
  );
}

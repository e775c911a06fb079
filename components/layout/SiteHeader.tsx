import { getTranslations } from 'next-intl/server';
import { Link, localizeHref } from '@/i18n/navigation';
import { LanguageLink } from './LanguageLink';
import { localeNames, routing, type Locale } from '@/i18n/routing';
import { primaryNav } from '@/content/site';

export async function SiteHeader({ locale, path }: { locale: Locale; path: string | null }) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <header data-chrome className="border-b border-line bg-wash">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-ink no-underline">
          {t('siteName')}
        </Link>
        <nav aria-label={t('languageNav')}>
          <ul className="flex gap-3">
            {routing.locales.map((other) =>
              other === locale ? (
                <li key={other}>
                  <span aria-current="true" lang={other} className="font-semibold">
                    {localeNames[other]}
                  </span>
                </li>
              ) : (
                <li key={other}>
                  {/* Same page in the other language; 404 pages fall back to that language's home. */}
                  <LanguageLink href={localizeHref(other, path ?? '/')} lang={other} hrefLang={other}>
                    {localeNames[other]}
                  </LanguageLink>
                </li>
              ),
            )}
          </ul>
        </nav>
      </div>
      <nav aria-label={t('primaryNav')} className="mx-auto max-w-3xl px-4 pb-3">
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          {primaryNav.map((item) => (
            <li key={item.key}>
              <Link href={item.href} aria-current={item.href === path ? 'page' : undefined} className="aria-[current=page]:font-bold aria-[current=page]:text-ink">
                {t(`nav.${item.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

import { localizeHref } from '@/i18n/navigation';
import { localeNames, routing, type Locale } from '@/i18n/routing';
import { LanguageLink } from './LanguageLink';

/** The same page in each other language, named in that language; always in view. */
export function LanguageSwitch({ locale, path, label }: { locale: Locale; path: string | null; label: string }) {
  return (
    <nav aria-label={label} className="language-switch">
      <ul className="flex gap-3">
        {routing.locales.map((other) =>
          other === locale ? (
            <li key={other} className="sr-only">
              <span aria-current="true" lang={other}>
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
  );
}

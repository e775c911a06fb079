import { defineRouting } from 'next-intl/routing';

// The only list of locales. Adding a language is one entry here plus its files
// under content/; `npm run check:i18n` and the content checks name anything missing.
export const routing = defineRouting({
  locales: ['en', 'es'],
  defaultLocale: 'en',
  localePrefix: 'always',
  // next-intl would otherwise set a NEXT_LOCALE cookie when someone switches language.
  // The site promises no cookies, and the locale is already in every path.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}

/** Each language's name in that language, for the switcher and the root chooser. */
export const localeNames: Record<Locale, string> = { en: 'English', es: 'Español' };

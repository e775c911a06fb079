import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from './routing';

/**
 * Reads the locale from a `[locale]` route's params and registers it for static rendering.
 * Every page calls this first; without setRequestLocale the export fails with
 * "couldn't be rendered statically because it used headers()".
 */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

import { routing, type Locale } from '@/i18n/routing';
import { localizeHref } from '@/i18n/navigation';
import { siteUrl } from './site';


export function absoluteUrl(locale: Locale, path: string): string {
  return `${siteUrl}${localizeHref(locale, path)}`;
}

/** hreflang alternates for one path: every locale, plus x-default pointing at the chooser. */
export function alternatesFor(path: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) languages[locale] = absoluteUrl(locale, path);
  languages['x-default'] = `${siteUrl}/`;
  return languages;
}

import type { Metadata } from 'next';
import type { Locale } from '@/i18n/routing';
import { absoluteUrl, alternatesFor } from '@/content/routes';

/** Canonical URL, hreflang alternates and link-preview tags for one page. */
export function pageMetadata(locale: Locale, path: string, text: { title: string; description: string }): Metadata {
  const { title, description } = text;
  return {
    title,
    description,
    alternates: { canonical: absoluteUrl(locale, path), languages: alternatesFor(path) },
    openGraph: { title, description, url: absoluteUrl(locale, path), locale, type: 'website' },
    twitter: { card: 'summary', title, description },
  };
}

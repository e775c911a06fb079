import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { absoluteUrl, alternatesFor } from '@/content/routes';
import { siteUrl } from '@/content/site';

type Text = { title: string; description: string; image?: string };

/**
 * Canonical URL, hreflang alternates, the articles feed and link-preview tags for one page.
 * Next replaces (does not merge) a layout's `alternates` with a page's, so every page sets all of it here.
 */
export async function pageMetadata(locale: Locale, path: string, text: Text): Promise<Metadata> {
  const { title, description, image } = text;
  const feed = await getTranslations({ locale, namespace: 'Feed' });
  const layout = await getTranslations({ locale, namespace: 'Layout' });
  const url = absoluteUrl(locale, path);
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages: alternatesFor(path),
      types: { 'application/atom+xml': [{ url: `${siteUrl}/${locale}/feed.xml`, title: feed('link') }] },
    },
    openGraph: { title, description, url, locale, type: path.startsWith('/articles/') && path !== '/articles/' ? 'article' : 'website', siteName: layout('siteName'), ...(image ? { images: [{ url: image, width: 1200, height: 630, alt: title }] } : {}) },
    twitter: { card: image ? 'summary_large_image' : 'summary', title, description, ...(image ? { images: [image] } : {}) },
  };
}

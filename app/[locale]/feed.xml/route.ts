import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { listArticles } from '@/content';
import { absoluteUrl } from '@/content/routes';
import { siteUrl } from '@/content/site';

export const dynamic = 'force-static';
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An Atom feed of the articles in one language; each entry is "updated" when it was last reviewed. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Feed' });
  const articles = [...listArticles(locale)].sort((a, b) => b.meta.lastReviewed.localeCompare(a.meta.lastReviewed) || a.slug.localeCompare(b.slug));
  const updated = articles[0] ? `${articles[0].meta.lastReviewed}T00:00:00Z` : new Date(0).toISOString();
  const self = `${siteUrl}/${locale}/feed.xml`;
  const entries = articles.map((a) => {
    const url = absoluteUrl(locale, `/articles/${a.slug}/`);
    return `  <entry>
    <title>${escape(a.meta.title)}</title>
    <link rel="alternate" type="text/html" href="${escape(url)}"/>
    <id>${escape(url)}</id>
    <updated>${a.meta.lastReviewed}T00:00:00Z</updated>
    <summary>${escape(a.meta.description)}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <title>${escape(t('title'))}</title>
  <subtitle>${escape(t('subtitle'))}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escape(self)}"/>
  <link rel="alternate" type="text/html" href="${escape(absoluteUrl(locale, '/articles/'))}"/>
  <id>${escape(self)}</id>
  <updated>${updated}</updated>
  <author><name>${escape(t('author'))}</name></author>
  <rights>CC BY 4.0</rights>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

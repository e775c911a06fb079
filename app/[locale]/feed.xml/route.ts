import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { listArticles, listChanges } from '@/content';
import { absoluteUrl } from '@/content/routes';
import { siteUrl } from '@/content/site';

export const dynamic = 'force-static';
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An Atom feed of one language: the articles (each "updated" when it was last reviewed) and the
 * change log, so groups that link to a page learn when what it says has changed.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Feed' });
  const articles = [...listArticles(locale)].sort((a, b) => b.meta.lastReviewed.localeCompare(a.meta.lastReviewed) || a.slug.localeCompare(b.slug));
  const changes = listChanges(locale);
  const newest = [articles[0]?.meta.lastReviewed, changes[0]?.date].filter(Boolean).sort().pop();
  const updated = newest ? `${newest}T00:00:00Z` : new Date(0).toISOString();
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
  const changeEntries = changes.map((c) => {
    const url = `${absoluteUrl(locale, '/changes/')}#${c.id}`;
    return `  <entry>
    <title>${escape(t('changeEntry', { what: c.what.length > 90 ? `${c.what.slice(0, 87)}…` : c.what }))}</title>
    <link rel="alternate" type="text/html" href="${escape(url)}"/>
    <id>${escape(url)}</id>
    <updated>${c.date}T00:00:00Z</updated>
    <summary>${escape(`${c.what} ${c.why}`)}</summary>
${c.pages.map((p) => `    <link rel="related" href="${escape(absoluteUrl(locale, p))}"/>`).join('\n')}
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
${[...changeEntries, ...entries].join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

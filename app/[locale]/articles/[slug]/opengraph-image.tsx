import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { getArticle, listArticles } from '@/content';

// A share image per article, drawn at build time with its localized title and served
// from the site itself: link previews never fetch anything from another origin.
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const dynamic = 'force-static';

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => listArticles(locale).map((a) => ({ locale, slug: a.slug })));
}

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const article = getArticle(locale as Locale, slug)!;
  const layout = await getTranslations({ locale: locale as Locale, namespace: 'Layout' });
  const home = await getTranslations({ locale: locale as Locale, namespace: 'HomePage' });
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#0b5cab', color: '#fff', padding: 72 }}>
        <div style={{ fontSize: 36, fontWeight: 700 }}>{layout('siteName')}</div>
        <div style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.15 }}>{article.meta.title}</div>
        <div style={{ fontSize: 30 }}>{home('title')}</div>
      </div>
    ),
    size,
  );
}

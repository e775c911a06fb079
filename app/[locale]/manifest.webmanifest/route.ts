import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';

export const dynamic = 'force-static';
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// The palette's brand blue and paper white (app/globals.css, light scheme).
const brand = '#0b5cab';
const paper = '#ffffff';

/**
 * One web app manifest per language, so an installed copy opens in the language it was added
 * in and stays inside that language's pages (the scope of that language's service worker).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Manifest' });
  const manifest = {
    id: `/${locale}/`,
    name: t('name'),
    short_name: t('shortName'),
    description: t('description'),
    lang: locale,
    dir: 'ltr',
    start_url: `/${locale}/`,
    scope: `/${locale}/`,
    display: 'standalone',
    theme_color: brand,
    background_color: paper,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
}

import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { siteUrl } from '@/content/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: routing.locales.map((l) => `/${l}/404/`) },
    sitemap: `${siteUrl}/sitemap.xml`,
  };
}

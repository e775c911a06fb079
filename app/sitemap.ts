import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { absoluteUrl, alternatesFor } from '@/content/routes';
import { listPaths } from '@/content';
import { siteUrl } from '@/content/site';

export const dynamic = 'force-static';

// Every exported page; scripts/postbuild.mjs fails the build if this and out/ disagree.
export default function sitemap(): MetadataRoute.Sitemap {
  const chooser = { url: `${siteUrl}/`, alternates: { languages: alternatesFor('/') } };
  return [
    chooser,
    ...listPaths().flatMap((path) =>
      routing.locales.map((locale) => ({
        url: absoluteUrl(locale, path),
        alternates: { languages: alternatesFor(path) },
      })),
    ),
  ];
}

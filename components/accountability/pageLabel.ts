import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getArticle, getChecklist, getHandout } from '@/content';
import { allScriptsPath, footerNav, movedHandouts, primaryNav } from '@/content/site';

/** A page's name for a list of links: its title, or its name in the navigation. */
export async function pageLabel(locale: Locale, path: string): Promise<string> {
  const [, kind, slug] = path.match(/^\/(articles|checklists|handouts)\/([a-z0-9-]+)\/$/) ?? [];
  if (kind === 'articles') return getArticle(locale, slug)?.meta.title ?? path;
  if (kind === 'checklists') return getChecklist(locale, slug)?.data.title ?? path;
  if (kind === 'handouts' && movedHandouts[slug]) {
    // The old address of a split handout: its name, and that it leads to the editions.
    const t = await getTranslations({ locale, namespace: 'HandoutMoved' });
    return t('label', { name: t(`names.${slug}` as Parameters<typeof t>[0]) });
  }
  if (kind === 'handouts') return getHandout(locale, slug)?.data.title ?? path;
  const place = path.match(/^\/handouts\/print-all\/([a-z-]+)\/$/)?.[1];
  if (place) {
    const t = await getTranslations({ locale, namespace: 'HandoutPrintAll' });
    const places = await getTranslations({ locale, namespace: 'HandoutsIndex' });
    return t('title', { place: places(`placesIn.${place}` as Parameters<typeof places>[0]) });
  }
  if (path === allScriptsPath) return (await getTranslations({ locale, namespace: 'ScriptPage' }))('allTitle');
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const key = [...primaryNav, ...footerNav].find((item) => item.href === path)?.key;
  if (key) return t(`nav.${key}` as Parameters<typeof t>[0]);
  if (path === '/search/') return t('nav.search');
  return path;
}

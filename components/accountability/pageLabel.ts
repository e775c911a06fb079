import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getArticle, getChecklist, getHandout } from '@/content';

const navKeys: Record<string, string> = {
  '/': 'home', '/articles/': 'articles', '/checklists/': 'checklists', '/questions/': 'questions', '/script/': 'script',
  '/glossary/': 'glossary', '/handouts/': 'handouts', '/about/': 'about', '/privacy/': 'privacy', '/accessibility/': 'accessibility',
  '/share/': 'share', '/about/how-we-write/': 'howWeWrite', '/changes/': 'changes',
};

/** A page's name for a list of links: its title, or its name in the navigation. */
export async function pageLabel(locale: Locale, path: string): Promise<string> {
  const [, kind, slug] = path.match(/^\/(articles|checklists|handouts)\/([a-z0-9-]+)\/$/) ?? [];
  if (kind === 'articles') return getArticle(locale, slug)?.meta.title ?? path;
  if (kind === 'checklists') return getChecklist(locale, slug)?.data.title ?? path;
  if (kind === 'handouts') return getHandout(locale, slug)?.data.title ?? path;
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return navKeys[path] ? t(`nav.${navKeys[path]}` as Parameters<typeof t>[0]) : path;
}

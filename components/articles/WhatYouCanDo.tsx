import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getChecklist } from '@/content';
import { checkerPath, checkerRef, plannedPaths } from '@/content/site';

/** Links from an article to its tools; tools that are not built yet are left out. */
export async function WhatYouCanDo({ locale, tools }: { locale: Locale; tools: string[] }) {
  const t = await getTranslations({ locale, namespace: 'ArticlePage' });
  const links = tools.flatMap((tool) => {
    if (tool.startsWith('checklist:')) {
      const c = getChecklist(locale, tool.slice('checklist:'.length));
      return c ? [{ href: `/checklists/${c.slug}/`, label: t('toolChecklist', { title: c.data.title }) }] : [];
    }
    if (tool === checkerRef) return [{ href: checkerPath, label: t('toolChecker') }];
    const href = `/${tool}/`;
    return plannedPaths.includes(href) ? [] : [{ href, label: t(tool === 'questions' ? 'toolQuestions' : 'toolScript') }];
  });
  if (!links.length) return null;
  return (
    <section aria-labelledby="what-you-can-do" className="what-you-can-do callout">
      <h2 id="what-you-can-do">{t('whatYouCanDo')}</h2>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href}>{l.label}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

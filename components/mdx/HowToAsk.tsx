import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { localizeHref } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getScripts } from '@/content';
import type { Jurisdiction, ScriptGoal } from '@/content/scriptInputs';

type Props = { locale: Locale; goal: ScriptGoal; place: Jurisdiction; children: ReactNode };

/**
 * "How to ask" for one right: who to contact, what to include, how long they have (the
 * article's own words), then a link that opens the script tool on exactly this goal and place.
 * The build checks that the tool offers the pair (content/validate.ts).
 */
export async function HowToAsk({ locale, goal, place, children }: Props) {
  const t = await getTranslations({ locale, namespace: 'HowToAsk' });
  const scripts = getScripts(locale);
  const title = scripts.goals.find((g) => g.goal === goal)?.title ?? goal;
  const placeName = scripts.common.jurisdictions[place].name;
  return (
    <aside className="how-to-ask callout" aria-label={`${t('title')}: ${title} (${placeName})`}>
      <p className="font-bold">{t('title')}</p>
      {children}
      <p className="no-print">
        <a className="font-semibold" href={`${localizeHref(locale, '/script/')}#g=${goal}&j=${place}`}>
          {t('open', { goal: title, place: placeName })}
        </a>
      </p>
    </aside>
  );
}

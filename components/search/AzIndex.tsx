import { getTranslations } from 'next-intl/server';
import { localizeHref, printHref } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getGlossary, listPaths } from '@/content';
import { pageLabel } from '@/components/accountability/pageLabel';
import { groupAz } from './azIndex';

/** "#" (digits and signs) is not a usable fragment. */
const idOf = (letter: string) => `letter-${letter === '#' ? 'other' : letter}`;

/**
 * Every page of this language and every glossary term, A to Z: what the search page offers
 * without JavaScript, when search cannot load, and below any results.
 */
export async function AzIndex({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  // Checklists and handouts share titles with articles ("After your scan"): the label says which is which.
  const kind = (path: string, label: string) =>
    /^\/checklists\/.+\//.test(path) ? t('checklist', { title: label }) : /^\/handouts\/(?!print-all\/).+\//.test(path) ? t('handout', { title: label }) : label;
  const entry = (path: string, label: string) => ({ label, href: localizeHref(locale, path), print: printHref(locale, path) });
  const pages = await Promise.all(listPaths().map(async (path) => entry(path, kind(path, await pageLabel(locale, path)))));
  const terms = getGlossary(locale).terms.map((term) => entry(`/glossary/#${term.id}`, t('glossaryTerm', { term: term.term })));
  const groups = groupAz([...pages, ...terms], locale);
  return (
    <section aria-labelledby="a-z" className="az-index">
      <h2 id="a-z" className="text-2xl font-bold">{t('azTitle')}</h2>
      <p>{t('azIntro')}</p>
      <nav aria-label={t('azLetters')} className="no-print">
        <ul className="az-letters">
          {groups.map((g) => (
            <li key={g.letter}>
              <a href={`#${idOf(g.letter)}`}>{g.letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <div key={g.letter} className="az-group">
          <h3 id={idOf(g.letter)} className="text-xl font-bold">{g.letter}</h3>
          <ul>
            {g.entries.map((e) => (
              <li key={e.href}>
                {/* On paper each entry prints its full address (globals.css), like every link on the site. */}
                <a href={e.href} data-print-href={e.print}>{e.label}</a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

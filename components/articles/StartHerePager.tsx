import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getArticle } from '@/content';
import { startHere } from '@/content/site';
import { startHereNeighbours } from './startHere';

/** "Previous / Next" within the home page's start-here path, shown only on its articles. */
export async function StartHerePager({ locale, slug }: { locale: Locale; slug: string }) {
  const place = startHereNeighbours(slug, startHere);
  if (!place) return null;
  const t = await getTranslations({ locale, namespace: 'StartHere' });
  const title = (s?: string) => (s ? getArticle(locale, s)?.meta.title : undefined);
  const previous = title(place.previous);
  const next = title(place.next);
  return (
    <nav aria-label={t('label')} className="start-here no-print">
      <p>
        <strong>{t('label')}</strong> · {t('position', { n: place.n, total: place.total })}
      </p>
      <div className="pager">
        {previous ? (
          <Link href={`/articles/${place.previous}/`} rel="prev">
            <span>{t('previous')}</span>
            <span>{previous}</span>
          </Link>
        ) : null}
        {next ? (
          <Link href={`/articles/${place.next}/`} rel="next" className="pager-next">
            <span>{t('next')}</span>
            <span>{next}</span>
          </Link>
        ) : null}
      </div>
    </nav>
  );
}

import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getPageReview, getPageSections, isUnreviewedTranslation } from '@/content';
import { absoluteUrl } from '@/content/routes';
import { contactUrl } from '@/content/site';
import { formatDate } from '@/components/script/dates';
import { ReportLink } from './ReportLink';

/**
 * What a clinic asks before handing a page out: who stands behind it, when it was checked, and
 * how to report a mistake. On paper it shrinks to one line: site, address, review date and the
 * reminder that this is not legal advice (left off the letters a patient sends; see globals.css).
 */
export async function PageInfo({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale, namespace: 'PageInfo' });
  const site = await getTranslations({ locale, namespace: 'Layout' });
  const review = getPageReview(locale, path);
  const page = absoluteUrl(locale, path);
  const date = (d: string) => formatDate(d, locale);
  return (
    <aside className="page-info mt-12 space-y-2 border-t border-line pt-4 text-sm" aria-label={t('label')}>
      {review ? (
        <p className="no-print">
          {t('dates', { published: date(review.published), reviewed: date(review.lastReviewed), next: date(review.nextReview) })}
        </p>
      ) : null}
      <p className="no-print">
        {t('who')} <Link href="/about/how-we-write/">{t('howWeWrite')}</Link>
      </p>
      <p className="no-print">
        {contactUrl ? (
          <ReportLink
            contact={contactUrl}
            page={page}
            sections={getPageSections(locale, path)}
            labels={{ subject: t('reportSubject'), page: t('reportPage'), section: t('reportSection'), which: t('reportWhich'), whole: t('reportWhole') }}
          >
            {t('report')}
          </ReportLink>
        ) : (
          t('reportNoContact')
        )}
      </p>
      <p className="disclaimer">{t('disclaimer')}</p>
      <p className="print-only print-footer">
        {site('siteName')} · <span className="print-address">{page}</span>
        {review ? ` · ${t('printReviewed', { date: date(review.lastReviewed) })}` : ''}
      </p>
      {isUnreviewedTranslation(locale, path) ? <p className="print-only print-footnote">{t('unreviewed')}</p> : null}
    </aside>
  );
}

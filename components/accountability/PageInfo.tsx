import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { articleReadability, getPageReview, getPageSections, isUnreviewedTranslation } from '@/content';
import { limits } from '@/content/readability';
import { absoluteUrl } from '@/content/routes';
import { contactUrl } from '@/content/site';
import { formatDate } from '@/components/script/dates';
import { ReportLink } from './ReportLink';

const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';
const MIT = 'https://opensource.org/license/mit';

/**
 * What a clinic asks before handing a page out: who stands behind it, when it was checked, and
 * how to report a mistake. On paper it shrinks to one line: site, address, review date and the
 * reminder that this is not legal advice (left off the letters a patient sends; see globals.css).
 * What only a reuser or a checker needs (the licence, an article's reading level) waits behind
 * "More about this page", so a patient reads the page's words, not ours about it.
 */
export async function PageInfo({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale, namespace: 'PageInfo' });
  const site = await getTranslations({ locale, namespace: 'Layout' });
  const review = getPageReview(locale, path);
  const page = absoluteUrl(locale, path);
  const date = (d: string) => formatDate(d, locale);
  const slug = path.match(/^\/articles\/([^/]+)\/$/)?.[1];
  const level = slug ? articleReadability(locale, slug) : undefined;
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
      <details className="page-details no-print">
        <summary className="w-fit cursor-pointer py-3 text-brand underline">{t('more')}</summary>
        <div className="mt-1 space-y-2">
          {level ? (
            <p>
              {level.measure === 'grade'
                ? t('readingGrade', { grade: Math.max(1, Math.round(level.score)), limit: limits.enMaxGrade })
                : t('readingEase', { score: Math.round(level.score), limit: limits.esMinEase })}
            </p>
          ) : null}
          <p>
            {t.rich('licence', {
              cc: (chunks) => <a href={CC_BY} rel="license">{chunks}</a>,
              mit: (chunks) => <a href={MIT}>{chunks}</a>,
            })}
          </p>
        </div>
      </details>
      <p className="print-only print-footer">
        {site('siteName')} · <span className="print-address">{page}</span>
        {review ? ` · ${t('printReviewed', { date: date(review.lastReviewed) })}` : ''}
      </p>
      {isUnreviewedTranslation(locale, path) ? <p className="print-only print-footnote">{t('unreviewed')}</p> : null}
    </aside>
  );
}

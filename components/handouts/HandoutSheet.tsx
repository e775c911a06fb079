import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getQuestionBank } from '@/content';
import { absoluteUrl } from '@/content/routes';
import type { Handout } from '@/content/schema';
import { QrCode } from './QrCode';
import { ProvidedByLine } from './HandoutOptions';

/**
 * One printed side of a handout, in one language. The front is the page's language; the back
 * (bilingual mode) is another, marked with `lang` so screen readers switch voice.
 */
export async function HandoutSheet({ handout, slug, locale, side }: { handout: Handout; slug: string; locale: Locale; side: 'front' | 'back' }) {
  const t = await getTranslations({ locale, namespace: 'HandoutSheet' });
  const site = await getTranslations({ locale, namespace: 'Layout' });
  const format = await getFormatter({ locale });
  const url = absoluteUrl(locale, handout.link);
  const short = url.replace(/^https?:\/\//, '');
  const bank = getQuestionBank(locale).questions;
  const questions = (handout.questions ?? []).map((id) => bank.find((q) => q.id === id)!);
  const Title = side === 'front' ? 'h1' : 'h2';
  const Heading = side === 'front' ? 'h2' : 'h3';
  return (
    <section className={`handout-sheet handout-${side}`} lang={locale} aria-label={side === 'back' ? handout.title : undefined}>
      <Title className="handout-title text-2xl font-bold">{handout.title}</Title>
      <p className="handout-intro mt-2">{handout.intro}</p>
      {handout.sections.map((s) => (
        <div key={s.heading} className="mt-3">
          <Heading className="font-bold">{s.heading}</Heading>
          <p>{s.text}</p>
        </div>
      ))}
      {questions.length ? (
        <ol className="handout-questions mt-3 list-decimal pl-6">
          {questions.map((q) => (
            <li key={q.id} className="mt-2">
              <p className="font-semibold">{q.question.self}</p>
              <p className="handout-answer">{t('answer')}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <p className="mt-3 font-semibold">{handout.closing}</p>
      <div className="handout-footer mt-4 flex items-center gap-4 border-t-2 border-ink pt-3">
        <QrCode url={url} label={t('qr', { url: short })} />
        <div className="text-sm">
          <ProvidedByLine label={t('providedBy')} />
          <p>{t('readMore')}</p>
          <p className="font-semibold break-all">{short}</p>
          {/* Like every printed page: whose sheet this is and where to get a fresh copy. */}
          <p>
            {site('siteName')} · {absoluteUrl(locale, `/handouts/${slug}/`)}
          </p>
          <p>{t('reviewed', { date: format.dateTime(new Date(`${handout.lastReviewed}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) })}</p>
          <p>{t('disclaimer')}</p>
          {handout.translationReviewed === false ? <p>{t('unreviewed')}</p> : null}
        </div>
      </div>
    </section>
  );
}

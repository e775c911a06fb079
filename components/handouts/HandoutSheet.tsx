import { getTranslations } from 'next-intl/server';
import { localeNames, type Locale } from '@/i18n/routing';
import { getQuestionBank } from '@/content';
import { absoluteUrl } from '@/content/routes';
import { contactUrl } from '@/content/site';
import type { Handout } from '@/content/schema';
import { formatDate } from '@/components/script/dates';
import { LogoMark } from '@/components/layout/LogoMark';
import { DefacingDiagram } from '@/components/diagrams/DefacingDiagram';
import { QrCode } from './QrCode';
import { CoBrandLogo, ProvidedByLine } from './HandoutOptions';
import { addressPieces, blockWeight, largePrintBreak, sheetTextStep } from './largePrint';

/** What sits above the blocks on page one and below them on the last page, in characters of body text (see largePrint.ts). */
const MASTHEAD_AND_TITLE = 360;
const FOOTER = 800;
const QUESTION_ANSWER_SPACE = 150;
/** The page a small diagram takes, in the same units. */
const DIAGRAM = 450;

/** The contact line: an e-mail address without its "mailto:", a web address without its scheme. */
const contactText = (url: string) => url.replace(/^mailto:/, '').replace(/\?.*$/, '').replace(/^https?:\/\//, '');

/** A web address that may wrap only after a slash, never inside a word. */
export function PrintedAddress({ url, className }: { url: string; className?: string }) {
  return (
    <span className={`printed-address ${className ?? ''}`}>
      {addressPieces(url).map((piece, i) => (
        <span key={i}>
          {i > 0 ? <wbr /> : null}
          <span className="whitespace-nowrap">{piece}</span>
        </span>
      ))}
    </span>
  );
}

/**
 * One printed side of a handout, in one language: masthead (site mark and name, the clinic's
 * name and logo when set), a title band, the text in two columns, and a footer with the QR code,
 * dates, leaflet code and contact, as on a hospital leaflet. `headingLevel` is 1 on the
 * handout's own page and 2 on the back or on "print all", so each page keeps one h1.
 */
export async function HandoutSheet({
  handout,
  slug,
  locale,
  side,
  headingLevel,
  scope = '',
}: {
  handout: Handout;
  slug: string;
  locale: Locale;
  side: 'front' | 'back';
  headingLevel: 1 | 2;
  /** Keeps the ids inside the sheet unique where a page shows the same sheet twice (the index lists a sheet under each place). */
  scope?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'HandoutSheet' });
  const site = await getTranslations({ locale, namespace: 'Layout' });
  const url = absoluteUrl(locale, handout.link);
  const bank = getQuestionBank(locale).questions;
  const questions = (handout.questions ?? []).map((id) => bank.find((q) => q.id === id)!);
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  const Heading = headingLevel === 1 ? 'h2' : 'h3';
  // No-break spaces: "November 30, 2027" never leaves its year alone on the next line.
  const date = (d: string) => formatDate(d, locale).replace(/ /g, '\u00a0');
  const blocks = [
    ...handout.sections.map((s) => blockWeight(s.heading, s.text)),
    ...questions.map((q) => blockWeight('', q.question.self) + QUESTION_ANSWER_SPACE),
  ];
  const breakAt = largePrintBreak(blocks, MASTHEAD_AND_TITLE + handout.intro.length, FOOTER + handout.closing.length);
  // A short sheet prints larger rather than leaving half its page blank (see sheetTextStep).
  const textStep = sheetTextStep(blocks.reduce((a, b) => a + b, 0) + handout.intro.length + handout.closing.length + (handout.diagram ? DIAGRAM : 0));
  const largeBreak = (i: number) => (i === breakAt ? { 'data-large-break': '' } : {});

  return (
    // The back is the other language: left out of the site search, so each language's index holds one language.
    <section className={`handout-sheet handout-${side}`} lang={locale} data-pagefind-ignore={side === 'back' ? 'all' : undefined} aria-label={side === 'back' ? handout.title : undefined} data-code={handout.code} data-slug={slug} data-text-step={textStep}>
      <header className="handout-masthead" data-pagefind-ignore>
        <p className="handout-brand">
          <LogoMark />
          <span>
            <span className="handout-site">{site('siteName')}</span>
            <span className="handout-tagline">{t('tagline')}</span>
          </span>
        </p>
        {/* The logo is never taller than the site's own mark and name, so co-branding cannot push the sheet onto a second page. */}
        <div className="handout-cobrand">
          <CoBrandLogo alt={t('logoAlt')} altNoName={t('logoAltNoName')} />
        </div>
      </header>
      <div className="handout-band">
        <p className="handout-kicker">
          {t(`edition.${handout.place}`)}
          <ProvidedByLine label={t('providedBy')} />
        </p>
        <Title className="handout-title" data-pagefind-meta={headingLevel === 1 ? 'title' : undefined}>{handout.title}</Title>
      </div>
      <p className="handout-intro">{handout.intro}</p>
      <div className="handout-columns">
        {handout.sections.map((s, i) => (
          <div key={s.heading} className="handout-section" {...largeBreak(i)}>
            {i === breakAt ? <p className="handout-continued">{t('continued', { title: handout.title })}</p> : null}
            <Heading className="font-bold">{s.heading}</Heading>
            <p>{s.text}</p>
          </div>
        ))}
      </div>
      {handout.diagram === 'defacing' ? <DefacingDiagram locale={locale} compact id={['defacing', scope, slug, locale].filter(Boolean).join('-')} /> : null}
      {questions.length ? (
        <ol className="handout-questions">
          {questions.map((q, i) => (
            <li key={q.id} {...largeBreak(handout.sections.length + i)}>
              {handout.sections.length + i === breakAt ? <p className="handout-continued">{t('continued', { title: handout.title })}</p> : null}
              <p className="font-semibold">{q.question.self}</p>
              <p className="handout-answer">{t('answer')}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <p className="handout-closing">{handout.closing}</p>
      <footer className="handout-footer">
        <QrCode url={url} label={t('qr', { url: url.replace(/^https?:\/\//, '') })} />
        <div className="handout-footer-text">
          <p>
            {t('readMore')} <PrintedAddress url={url} className="font-semibold" />
          </p>
          <p>
            {t('freshCopy', { site: site('siteName') })} <PrintedAddress url={absoluteUrl(locale, `/handouts/${slug}/`)} />
          </p>
          <p>{t('dates', { published: date(handout.published), reviewed: date(handout.lastReviewed), next: date(handout.nextReview) })}</p>
          <p>
            {t('code', { code: handout.code, version: handout.version, language: localeNames[locale] })}
            {' · '}
            {contactUrl ? t('contact', { contact: contactText(contactUrl) }) : t('contactAbout', { url: absoluteUrl(locale, '/about/').replace(/^https?:\/\//, '') })}
          </p>
          <p>{t('disclaimer')}</p>
          {handout.translationReviewed === false ? <p>{t('unreviewed')}</p> : null}
        </div>
      </footer>
    </section>
  );
}

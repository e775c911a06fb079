import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link, localizeHref } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { getCheckerPage } from '@/content';
import { checkerPath } from '@/content/site';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { SourcesList } from '@/components/articles/SourcesList';
import { Callout } from '@/components/ui/Callout';
import { PageTitle } from '@/components/ui/PageTitle';
import { Section } from '@/components/ui/Section';
import { UnreviewedNote } from '@/components/ui/UnreviewedNote';
import { CheckerTool } from '@/components/checker/CheckerTool';
import { dateChoices, optionKeys, type CheckerLabels } from '@/components/checker/labels';
import { pluralTemplates } from '@/components/checker/pluralTemplates';
import { CATEGORIES, FLAGS, SKIP_REASONS } from '@/components/checker/types';

export async function generateMetadata({ params }: PageProps<'/[locale]/check-my-file'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'CheckerPage' });
  return pageMetadata(locale, checkerPath, { title: t('title'), description: t('description') });
}

const flagArticles = {
  burnedInYes: '/articles/hidden-data-in-image-files/#what-is-burned-in-text',
  burnedInCommon: '/articles/hidden-data-in-image-files/#what-is-burned-in-text',
  headScan: '/articles/your-face-in-your-head-scan/#how-a-scan-shows-a-face',
} as const;
const limitKeys = ['burnedIn', 'face', 'linked', 'dicomdir', 'private'] as const;
const plainKeys = ['workerFailed', 'chooseTitle', 'filesLabel', 'filesHint', 'folderLabel', 'folderHint', 'dropHere', 'waiting', 'progressLabel', 'checkProgress', 'cleanProgress', 'cancel', 'cancelled', 'cleanStopped', 'checkFailed', 'resultsTitle', 'summary', 'noneRead', 'studyTitle', 'dicomdirTitle', 'dicomdirNote', 'studyModalities', 'studyFiles', 'notGiven', 'nothingFound', 'showNamed', 'hideNamed', 'show', 'hide', 'hidden', 'tag', 'groupCount', 'privateTitle', 'privateText', 'skippedTitle', 'skippedIntro', 'skippedLine', 'cleanUids', 'cleanTitle', 'nothingToClean', 'datesLegend', 'keepLegend', 'cleanButton', 'cleanFailed', 'cleanedTitle', 'cleanedFiles', 'download', 'cleanedReminder', 'clear', 'cleared'] as const;

export default async function CheckerPage({ params }: PageProps<'/[locale]/check-my-file'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'CheckerPage' });
  const tSources = await getTranslations({ locale, namespace: 'SourcesList' });
  const { sources, translationReviewed } = getCheckerPage(locale);
  type Key = Parameters<typeof t>[0];
  // Templates such as "Files checked: {done} of {total}" are filled in the browser: placeholders pass through.
  const raw = (key: string) => t.raw(key as Key) as string;
  // The standard's option names stay in English in every language, marked so screen readers say them right.
  const rich = (key: string): ReactNode => t.rich(key as Key, { en: (chunks) => <span lang="en">{chunks}</span> });
  const limits = (
    <ul className="checker-limits">
      {limitKeys.map((k) => <li key={k}>{t(`limits.${k}`)}</li>)}
    </ul>
  );
  const labels: CheckerLabels = {
    locale,
    ...(Object.fromEntries(plainKeys.map((k) => [k, raw(k)])) as Pick<CheckerLabels, (typeof plainKeys)[number]>),
    cleanIntro: rich('cleanIntro'),
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, { title: t(`categories.${c}.title`), text: t(`categories.${c}.text`) }])) as CheckerLabels['categories'],
    keywords: Object.fromEntries(Object.keys(t.raw('keywords' as Key) as object).map((k) => [k, t(`keywords.${k}` as Key)])),
    modalities: Object.fromEntries(Object.keys(t.raw('modalities' as Key) as object).map((k) => [k, t(`modalities.${k}` as Key)])),
    reasons: Object.fromEntries(SKIP_REASONS.map((r) => [r, t(`reasons.${r}`)])) as CheckerLabels['reasons'],
    flags: Object.fromEntries(FLAGS.map((f) => [f, { text: rich(`flags.${f}`), link: t(`flagLinks.${f}`), href: localizeHref(locale, flagArticles[f]) }])) as CheckerLabels['flags'],
    dates: Object.fromEntries(dateChoices.map((d) => [d, { label: t(`dates.${d}`), hint: rich(`dates.${d}Hint`) }])) as CheckerLabels['dates'],
    options: Object.fromEntries(optionKeys.map((o) => [o, { label: t(`options.${o}`), hint: rich(`options.${o}Hint`) }])) as CheckerLabels['options'],
    limits,
    notCleaned: pluralTemplates(locale, (count) => t('notCleaned', { count })),
  };

  return (
    <PageShell locale={locale} path={checkerPath} searchable>
      <div className="prose-page checker-page">
        <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
        {translationReviewed === false ? <UnreviewedNote text={t('unreviewed')} /> : null}
        <Callout>
          <p className="font-semibold">{t('staysHere')}</p>
        </Callout>
        <p>{t('getTheScan')}</p>
        <Callout className="no-js-only">
          <p>{t('noScript')}</p>
          <p>
            <Link href="/articles/hidden-data-in-image-files/">{t('noScriptLink')}</Link>
          </p>
        </Callout>
        <CheckerTool labels={labels} />
        <Section id="look-for" title={t('lookForTitle')}>
          <p>{t('lookForIntro')}</p>
          <dl className="checker-categories">
            {CATEGORIES.map((c) => (
              <div key={c}>
                <dt className="font-semibold">{t(`categories.${c}.title`)}</dt>
                <dd>{t(`categories.${c}.text`)}</dd>
              </div>
            ))}
          </dl>
          <p>{t('lookForPicture')}</p>
        </Section>
        <Section id="limits" title={t('limitsTitle')}>
          {limits}
        </Section>
        <Section id="sources" title={t('sourcesTitle')}>
          <SourcesList sources={sources} inLanguage={{ en: tSources('en') }} />
        </Section>
      </div>
    </PageShell>
  );
}

import { getTranslations } from 'next-intl/server';
import { Link, localizeHref } from '@/i18n/navigation';
import { allScriptsPath } from '@/content/site';
import { localeNames, routing, type Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { getScripts, getSupervisoryAuthorities } from '@/content';
import { letterFields, type LetterField } from '@/content/scriptInputs';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { ScriptTool } from '@/components/script/ScriptTool';
import type { GoalSet } from '@/components/script/assemble';
import { formatDate } from '@/components/script/dates';
import type { ScriptLabels } from '@/components/script/labels';
import { scriptSteps } from '@/components/script/steps';
import { UnreviewedNote } from '@/components/ui/UnreviewedNote';

export async function generateMetadata({ params }: PageProps<'/[locale]/script'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'ScriptPage' });
  return pageMetadata(locale, '/script/', { title: t('title'), description: t('description') });
}

const letterActionKeys = ['print', 'downloadPdf', 'makingPdf', 'pdfDone', 'pdfFailed', 'email', 'emailTooLong', 'copyText', 'copied', 'copyFailed'] as const;

const goalSet = (locale: Locale): GoalSet => {
  const { goals, common, sources } = getScripts(locale);
  return { goals, common, sources };
};

export default async function ScriptPage({ params }: PageProps<'/[locale]/script'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'ScriptPage' });
  const tSources = await getTranslations({ locale, namespace: 'SourcesList' });
  const scripts = getScripts(locale);
  const set = goalSet(locale);
  const others = routing.locales.filter((l) => l !== locale);
  // "Spanish" on the English page, "inglés" on the Spanish one.
  const languageName = new Intl.DisplayNames([locale], { type: 'language' });
  type Key = Parameters<typeof t>[0];
  // Templates such as "{goal} is not offered…" are filled in the browser, so placeholders pass through as-is.
  const raw = (key: string) => t.raw(key as Key) as string;
  const keys = ['goalLegend', 'jurisdictionLegend', 'chooseBoth', 'notOffered', 'sayTitle', 'rule', 'lawNoteTitle', 'letterTitle', 'fieldsTitle', 'fieldsIntro', 'maxChars', 'deadlineTitle', 'dueFromReceipt', 'deliveryLegend', 'offerId', 'senderTitle', 'senderIntro', 'dateHint', 'dueSameDay', 'duePost', 'dueUnsure', 'dueTodayNote', 'duePassed', 'noDeadline', 'icsButton', 'icsDone', 'icsFailed', 'icsSummary', 'icsDescription', 'followUpTitle', 'followUpWhich', 'followUpNoAnswer', 'followUpRefused', 'complaintTitle', 'sourcesTitle', 'printSay', 'printDate', 'choosePlaceFirst', 'choicesTitle', 'changeChoices', 'continueToSteps', 'previous', 'next', 'shareTitle', 'includePersonal', 'personalNote', 'copyLink', 'share', 'copyText', 'copied', 'copiedText', 'copyFailed', 'startOver', 'cleared'] as const;
  const labels: ScriptLabels = {
    ...(Object.fromEntries(keys.map((k) => [k, raw(k)])) as Pick<ScriptLabels, (typeof keys)[number]>),
    pageTitle: t('title'),
    fields: Object.fromEntries((Object.keys(letterFields) as LetterField[]).map((f) => [f, t(`fields.${f}` as Key)])) as ScriptLabels['fields'],
    errors: { tooLong: raw('errors.tooLong'), badDate: raw('errors.badDate'), future: raw('errors.future'), tooOld: raw('errors.tooOld'), beforeBirth: raw('errors.beforeBirth'), tooFarAhead: raw('errors.tooFarAhead'), badEmail: raw('errors.badEmail'), badPhone: raw('errors.badPhone') },
    delivery: { hand: t('delivery.hand'), online: t('delivery.online'), post: t('delivery.post') },
    steps: Object.fromEntries((['label', ...scriptSteps] as const).map((k) => [k, t(`steps.${k}`)])) as ScriptLabels['steps'],
    letterActions: Object.fromEntries(letterActionKeys.map((k) => [k, t(`letterActions.${k}`)])) as ScriptLabels['letterActions'],
    printBilingual: Object.fromEntries(others.map((l) => [l, t(`bilingual.${l}` as Key)])),
    bilingualLoading: Object.fromEntries(others.map((l) => [l, t('bilingualLoading', { language: languageName.of(l) ?? l })])),
    bilingualFailed: Object.fromEntries(others.map((l) => [l, t('bilingualFailed', { language: languageName.of(l) ?? l })])),
    ignored: { goal: t('ignored.goal'), jurisdiction: t('ignored.jurisdiction'), notOffered: t('ignored.notOffered'), country: t('ignored.country'), fields: t('ignored.fields'), other: t('ignored.other') },
    country: { label: t('country.label'), hint: t('country.hint'), choose: t('country.choose') },
    complaint: {
      title: t('complaintTitle'),
      rule: t('rule'),
      yourAuthority: raw('authority.yourAuthority'),
      complainOnline: t('authority.complainOnline'),
      website: t('authority.website'),
      unverified: t('authority.unverified'),
      checked: raw('authority.checked'),
      chooseCountry: t('authority.chooseCountry'),
    },
    languageNames: localeNames,
    inLanguage: { en: tSources('en') },
  };

  return (
    <PageShell locale={locale} path="/script/" searchable>
      <div className="script-page space-y-4">
        <div className="no-print space-y-4">
          <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
          {scripts.reviewed === false ? <UnreviewedNote text={t('unreviewed')} /> : null}
          <p className="font-semibold">{t('getTheScan')}</p>
          <p>{t('whereKept')}</p>
          <p className="text-sm">{t('lastReviewed', { date: formatDate(scripts.common.lastReviewed, locale) })}</p>
        </div>
        <ScriptTool
          locale={locale}
          set={set}
          authorities={getSupervisoryAuthorities()}
          others={Object.fromEntries(others.map((l) => [l, localizeHref(l, '/script/goals.json')]))}
          labels={labels}
        >
          {/* Without JavaScript: a pointer to every script and letter on their own page, so this
              page (and its framework payload) does not carry all of them twice for everyone. */}
          <div className="space-y-3">
            <p>{t('noScriptAll')}</p>
            <p>
              <Link href={allScriptsPath} className="font-semibold">
                {t('allLink')}
              </Link>
            </p>
          </div>
        </ScriptTool>
      </div>
    </PageShell>
  );
}

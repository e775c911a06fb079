import { getTranslations } from 'next-intl/server';
import { localizeHref } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { getQuestionBank } from '@/content';
import { questionInputs, questionTopics, type Question } from '@/content/schema';
import { plannedPaths } from '@/content/site';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { QuestionsTool, type ToolQuestion } from '@/components/questions/QuestionsTool';
import type { QuestionsLabels } from '@/components/questions/labels';
import { MAX_CUSTOM_COUNT } from '@/components/questions/state';
import { QuestionBankList } from '@/components/questions/QuestionBankList';
import { UnreviewedNote } from '@/components/ui/UnreviewedNote';
import { StaticHtml } from '@/components/ui/StaticHtml';

export async function generateMetadata({ params }: PageProps<'/[locale]/questions'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'QuestionsPage' });
  return pageMetadata(locale, '/questions/', { title: t('title'), description: t('description') });
}

export default async function QuestionsPage({ params }: PageProps<'/[locale]/questions'>) {
  const locale = await resolveLocale(params);
  const tSources = await getTranslations({ locale, namespace: 'SourcesList' });
  const t = await getTranslations({ locale, namespace: 'QuestionsPage' });
  const { questions, translationReviewed } = getQuestionBank(locale);
  const href = (link?: string) => (link && !plannedPaths.includes(link) ? localizeHref(locale, link) : undefined);
  const bank: ToolQuestion[] = questions.map(({ topic: _topic, ...q }) => ({ ...q, href: href(q.ifWorried.link) }));
  const others = routing.locales.filter((l) => l !== locale);
  const translations = Object.fromEntries(
    others.map((l) => [l, Object.fromEntries(getQuestionBank(l).questions.map((q) => [q.id, q.question] as [string, Question['question']]))]),
  );
  // Keys built from the input ids; check:i18n confirms each one exists in every locale.
  type Key = Parameters<typeof t>[0];
  const options = Object.fromEntries(
    Object.entries(questionInputs).map(([key, values]) => [key, Object.fromEntries(values.map((v) => [v, t(`options.${key}.${v}` as Key)]))]),
  ) as QuestionsLabels['options'];
  const keys = ['formTitle', 'notSure', 'listTitle', 'listIntro', 'empty', 'askFirst', 'details', 'why', 'goodAnswer', 'ifWorried', 'source', 'moveUp', 'moveDown', 'remove', 'noteLabel', 'noteTooLong', 'yourQuestion', 'moved', 'removed', 'added', 'moreTitle', 'addThis', 'customLabel', 'customHint', 'customCounter', 'customTooLong', 'customEmpty', 'customTooMany', 'customAdd', 'printTitle', 'printFull', 'printPocket', 'printButton', 'includeNotes', 'notesStayHere', 'copyLink', 'share', 'copyText', 'copied', 'copiedText', 'copyFailed', 'answerLines', 'showList', 'changeAnswers', 'summaryNone', 'addNote', 'addNoteTo', 'actionsTitle', 'moreOptions', 'keepTitle', 'remember', 'rememberNote', 'clear', 'cleared', 'storageBlocked'] as const;
  // Templates such as "Move question {n} up" are filled in the browser, so their placeholders pass through as-is.
  const raw = (key: string) => t.raw(key as Key) as string;
  const labels: QuestionsLabels = {
    ...(Object.fromEntries(keys.map((k) => [k, raw(k)])) as Pick<QuestionsLabels, (typeof keys)[number]>),
    fields: Object.fromEntries(Object.keys(questionInputs).map((k) => [k, t(`fields.${k}` as Key)])) as QuestionsLabels['fields'],
    options,
    printBilingual: Object.fromEntries(others.map((l) => [l, t(`bilingual.${l}`)])),
    ignored: { answers: t('ignored.answers'), questions: t('ignored.questions'), custom: t('ignored.custom'), notes: t('ignored.notes'), other: t('ignored.other') },
    // One sentence per possible length: the whole bank plus the most questions of one's own.
    listCount: Array.from({ length: questions.length + MAX_CUSTOM_COUNT + 1 }, (_, count) => t('listCount', { count })),
    pageTitle: t('title'),
    inLanguage: { en: tSources('en') },
  };

  return (
    <PageShell locale={locale} path="/questions/" searchable>
      <div className="questions-page space-y-4">
        <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
        {translationReviewed === false ? <UnreviewedNote text={t('unreviewed')} /> : null}
        <p className="no-print" data-pagefind-ignore>{t('whereKept')}</p>
        <QuestionsTool bank={bank} translations={translations} labels={labels}>
          {/* The page without JavaScript: the tool replaces it once hydrated, so its words need not travel twice. */}
          <StaticHtml>
            <QuestionBankList
              intro={t('noScript')}
              topics={questionTopics.map((topic) => ({ topic, title: t(`topics.${topic}`), questions: questions.filter((q) => q.topic === topic) }))}
              labels={{ why: t('why'), goodAnswer: t('goodAnswer'), ifWorried: t('ifWorried'), source: t('source'), inLanguage: { en: tSources('en') } }}
            />
          </StaticHtml>
        </QuestionsTool>
      </div>
    </PageShell>
  );
}

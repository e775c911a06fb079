import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { getScripts } from '@/content';
import { allScriptsPath } from '@/content/site';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { PageActions } from '@/components/ui/PageActions';
import { ScriptFallback } from '@/components/script/ScriptFallback';
import { formatDate } from '@/components/script/dates';
import { UnreviewedNote } from '@/components/ui/UnreviewedNote';

export async function generateMetadata({ params }: PageProps<'/[locale]/script/all'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'ScriptPage' });
  return pageMetadata(locale, allScriptsPath, { title: t('allTitle'), description: t('allDescription') });
}

/**
 * Every goal's script and letter, for every place, as plain HTML: the script tool's page for
 * readers without JavaScript, and a page a clinic or group can print whole.
 */
export default async function AllScriptsPage({ params }: PageProps<'/[locale]/script/all'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'ScriptPage' });
  const tSources = await getTranslations({ locale, namespace: 'SourcesList' });
  const scripts = getScripts(locale);
  const { goals, common, sources } = scripts;
  const pageActions = await getTranslations({ locale, namespace: 'ArticlePage' });
  return (
    <PageShell locale={locale} path={allScriptsPath} searchable>
      <div className="space-y-4">
        <PageTitle lead={t('allLead')}>{t('allTitle')}</PageTitle>
        {scripts.reviewed === false ? <UnreviewedNote text={t('unreviewed')} /> : null}
        <p className="font-semibold">{t('getTheScan')}</p>
        <p className="no-print">
          <Link href="/script/">{t('allToolLink')}</Link>
        </p>
        <p className="text-sm">{t('lastReviewed', { date: formatDate(common.lastReviewed, locale) })}</p>
        <PageActions labels={{ print: t('allPrint'), copyLink: pageActions('copyLink'), copied: pageActions('copied'), copyFailed: pageActions('copyFailed') }} />
        <ScriptFallback
          set={{ goals, common, sources }}
          locale={locale}
          labels={{ sayTitle: t('sayTitle'), letterTitle: t('letterTitle'), rule: t('rule'), lawNoteTitle: t('lawNoteTitle'), sourcesTitle: t('sourcesTitle'), inLanguage: { en: tSources('en') } }}
        />
      </div>
    </PageShell>
  );
}

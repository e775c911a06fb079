import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/i18n/server';
import type { Locale } from '@/i18n/routing';
import { contactUrl } from '@/content/site';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { Section } from '@/components/ui/Section';

const tests = ['test1', 'test2', 'test3', 'test4'] as const;

export async function generateMetadata({ params }: PageProps<'/[locale]/accessibility'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'AccessibilityPage' });
  return pageMetadata(locale, '/accessibility/', { title: t('title'), description: t('description') });
}

export default async function AccessibilityPage({ params }: PageProps<'/[locale]/accessibility'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'AccessibilityPage' });
  return (
    <PageShell locale={locale} path="/accessibility/" searchable>
      <div className="prose-page">
        <PageTitle>{t('title')}</PageTitle>
        <Section id="goal" title={t('goalTitle')}>
          <p>{t('goal')}</p>
        </Section>
        <Section id="testing" title={t('testTitle')}>
          <ul>
            {tests.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </Section>
        <Section id="gaps" title={t('gapsTitle')}>
          <p>{t('gaps')}</p>
        </Section>
        <Section id="report" title={t('reportTitle')}>
          <p>{t('report')}</p>
          {/* Each host sets its own contact; with none, we say who to tell rather than invent an address. */}
          <p>{contactUrl ? <a href={contactUrl}>{t('reportLink')}</a> : t('reportNoContact')}</p>
        </Section>
      </div>
    </PageShell>
  );
}

import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/i18n/server';
import type { Locale } from '@/i18n/routing';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { Section } from '@/components/ui/Section';

const sections = ['server', 'search', 'cookies', 'storage', 'clear', 'offline', 'links'] as const;

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'PrivacyPage' });
  return pageMetadata(locale, '/privacy/', { title: t('title'), description: t('description') });
}

export default async function PrivacyPage({ params }: PageProps<'/[locale]/privacy'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'PrivacyPage' });
  return (
    <PageShell locale={locale} path="/privacy/" searchable>
      <div className="prose-page">
        <PageTitle lead={t('short')}>{t('title')}</PageTitle>
        {sections.map((key) => (
          <Section key={key} id={key} title={t(`${key}Title`)}>
            <p>{t(key)}</p>
          </Section>
        ))}
      </div>
    </PageShell>
  );
}

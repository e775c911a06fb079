import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { resolveLocale } from '@/i18n/server';
import type { Locale } from '@/i18n/routing';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { Section } from '@/components/ui/Section';

export async function generateMetadata({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  return pageMetadata(locale, '/', { title: t('title'), description: t('description') });
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  return (
    <PageShell locale={locale} path="/">
      <div className="prose-page">
        <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
        <Section id="who" title={t('whoTitle')}>
          <p>{t('who')}</p>
        </Section>
        <Section id="scan" title={t('scanTitle')}>
          <p>{t('scan')}</p>
        </Section>
        <Section id="start" title={t('startTitle')}>
          <p>{t.rich('start', { about: (chunks) => <Link href="/about/">{chunks}</Link> })}</p>
        </Section>
        <Section id="tools" title={t('toolsTitle')}>
          <p>{t('toolsSoon')}</p>
        </Section>
        <Section id="privacy" title={t('privacyTitle')}>
          <p>{t.rich('privacy', { link: (chunks) => <Link href="/privacy/">{chunks}</Link> })}</p>
        </Section>
      </div>
    </PageShell>
  );
}

import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { resolveLocale } from '@/i18n/server';
import type { Locale } from '@/i18n/routing';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { Section } from '@/components/ui/Section';
import { OfflineSection } from '@/components/offline/OfflineSection';

const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';
const MIT = 'https://opensource.org/license/mit';

export async function generateMetadata({ params }: PageProps<'/[locale]/about'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'AboutPage' });
  return pageMetadata(locale, '/about/', { title: t('title'), description: t('description') });
}

export default async function AboutPage({ params }: PageProps<'/[locale]/about'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'AboutPage' });
  return (
    <PageShell locale={locale} path="/about/" searchable>
      <div className="prose-page">
        <PageTitle>{t('title')}</PageTitle>
        <Section id="who" title={t('whoTitle')}>
          <p>{t('who')}</p>
        </Section>
        <Section id="sources" title={t('sourcesTitle')}>
          <p>{t('sources')}</p>
        </Section>
        <Section id="advice" title={t('adviceTitle')}>
          <p>{t('advice')}</p>
        </Section>
        <Section id="scan" title={t('scanTitle')}>
          <p>{t('scan')}</p>
        </Section>
        <OfflineSection locale={locale} title={t('offlineTitle')} />
        <Section id="reuse" title={t('reuseTitle')}>
          <p>
            {t.rich('reuse', {
              cc: (chunks) => <a href={CC_BY} rel="license">{chunks}</a>,
              mit: (chunks) => <a href={MIT}>{chunks}</a>,
            })}
          </p>
          <p>{t.rich('privacy', { link: (chunks) => <Link href="/privacy/">{chunks}</Link> })}</p>
        </Section>
      </div>
    </PageShell>
  );
}

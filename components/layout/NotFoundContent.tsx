import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { PageShell } from './PageShell';
import { PageTitle } from '@/components/ui/PageTitle';

export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NotFoundPage' });
  return (
    <PageShell locale={locale} path={null}>
      <PageTitle lead={t('body')}>{t('title')}</PageTitle>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </PageShell>
  );
}

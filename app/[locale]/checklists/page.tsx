import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { listChecklists } from '@/content';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';

export async function generateMetadata({ params }: PageProps<'/[locale]/checklists'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'ChecklistsIndex' });
  return pageMetadata(locale, '/checklists/', { title: t('title'), description: t('description') });
}

export default async function ChecklistsIndex({ params }: PageProps<'/[locale]/checklists'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'ChecklistsIndex' });
  return (
    <PageShell locale={locale} path="/checklists/">
      <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
      <ul className="space-y-5">
        {listChecklists(locale).map((c) => (
          <li key={c.slug}>
            <Link href={`/checklists/${c.slug}/`} className="text-lg font-semibold">
              {c.data.title}
            </Link>
            <p className="text-muted">
              {c.data.description} {t('count', { count: c.data.items.length })}
            </p>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}

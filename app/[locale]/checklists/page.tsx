import { getTranslations } from 'next-intl/server';
import { ListChecks } from 'lucide';
import type { Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { listChecklists } from '@/content';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { CardGrid, LinkCard } from '@/components/ui/Card';
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
      <CardGrid>
        {listChecklists(locale).map((c) => (
          <LinkCard key={c.slug} href={`/checklists/${c.slug}/`} title={c.data.title} icon={ListChecks} headingLevel={2} tag={t('count', { count: c.data.items.length })}>
            {c.data.description}
          </LinkCard>
        ))}
      </CardGrid>
    </PageShell>
  );
}

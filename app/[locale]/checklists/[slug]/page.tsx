import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localizeHref } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { getChecklist, listChecklists } from '@/content';
import { pageLabel } from '@/components/accountability/pageLabel';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { PageActions } from '@/components/ui/PageActions';
import { ChecklistForm, type ChecklistItemView } from '@/components/checklist/ChecklistForm';
import { UnreviewedNote } from '@/components/ui/UnreviewedNote';

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return listChecklists(params.locale as Locale).map((c) => ({ slug: c.slug }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[locale]/checklists/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const c = getChecklist(locale as Locale, slug);
  return c ? pageMetadata(locale as Locale, `/checklists/${slug}/`, { title: c.data.title, description: c.data.description }) : {};
}

export default async function ChecklistPage({ params }: PageProps<'/[locale]/checklists/[slug]'>) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  const checklist = getChecklist(locale, slug);
  if (!checklist) notFound();
  const { data } = checklist;
  const t = await getTranslations({ locale, namespace: 'ChecklistPage' });
  const a = await getTranslations({ locale, namespace: 'ArticlePage' });

  // Item links name the page they open (an article's title, a tool's name), so each link
  // makes sense on its own, read out of context by a screen reader or a search engine.
  const items: ChecklistItemView[] = await Promise.all(
    data.items.map(async (item) => ({
      id: item.id,
      label: item.label,
      why: item.why,
      link: item.link ? { href: localizeHref(locale, item.link), text: t('readArticle', { title: await pageLabel(locale, item.link) }) } : undefined,
    })),
  );
  const total = items.length;

  return (
    <PageShell locale={locale} path={`/checklists/${slug}/`} searchable>
      <div className="space-y-4">
      <PageTitle lead={data.intro}>{data.title}</PageTitle>
      {data.translationReviewed === false ? <UnreviewedNote text={a('unreviewed')} /> : null}
      <p className="no-print" data-pagefind-ignore>{t('whereKept')}</p>
      <PageActions labels={{ print: t('print'), copyLink: t('copyLink'), copied: a('copied'), copyFailed: a('copyFailed') }} />
      <ChecklistForm
        slug={slug}
        items={items}
        labels={{
          legend: t('legend', { title: data.title }),
          progress: Array.from({ length: total + 1 }, (_, done) => t('progress', { done, total })),
          remember: t('remember'),
          clear: t('clear'),
          cleared: t('cleared'),
          ignored: t('ignored'),
          storageBlocked: t('storageBlocked'),
        }}
      />
      </div>
    </PageShell>
  );
}

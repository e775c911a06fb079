import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { resolveLocale } from '@/i18n/server';
import { getGlossary } from '@/content';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { UnreviewedNote } from '@/components/ui/UnreviewedNote';

export async function generateMetadata({ params }: PageProps<'/[locale]/glossary'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'GlossaryPage' });
  return pageMetadata(locale, '/glossary/', { title: t('title'), description: t('description') });
}

export default async function GlossaryPage({ params }: PageProps<'/[locale]/glossary'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'GlossaryPage' });
  const glossary = getGlossary(locale);
  const terms = [...glossary.terms].sort((a, b) => a.term.localeCompare(b.term, locale));
  return (
    <PageShell locale={locale} path="/glossary/" searchable>
      <div className="prose-page">
        <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
        {glossary.translationReviewed === false ? <UnreviewedNote text={t('unreviewed')} /> : null}
        <dl>
          {terms.map((term) => (
            <div key={term.id} id={term.id} className="glossary-entry scroll-mt-4 border-b border-line py-3">
              {/* A term's own name outweighs a mention in another definition, so its result links here. */}
              <dt className="text-lg font-bold" data-pagefind-weight="3">
                <a href={`#${term.id}`} className="text-ink no-underline">{term.term}</a>
              </dt>
              <dd>{term.definition}</dd>
            </div>
          ))}
        </dl>
      </div>
    </PageShell>
  );
}

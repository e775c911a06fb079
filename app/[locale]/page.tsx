import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { resolveLocale } from '@/i18n/server';
import type { Locale } from '@/i18n/routing';
import { getArticle } from '@/content';
import { startHere } from '@/content/site';
import { PageShell } from '@/components/layout/PageShell';
import { pageMetadata } from '@/components/layout/pageMetadata';
import { PageTitle } from '@/components/ui/PageTitle';
import { Section } from '@/components/ui/Section';

export async function generateMetadata({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  return pageMetadata(locale, '/', { title: t('title'), description: t('description') });
}

const tools = [
  { key: 'toolsQuestions', href: '/questions/' },
  { key: 'toolsScript', href: '/script/' },
  { key: 'toolsArticles', href: '/articles/' },
  { key: 'toolsChecklists', href: '/checklists/' },
  { key: 'toolsGlossary', href: '/glossary/' },
  { key: 'toolsHandouts', href: '/handouts/' },
] as const;

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  const path = startHere.map((slug) => getArticle(locale, slug)).filter((a) => a !== undefined);
  return (
    <PageShell locale={locale} path="/">
      <div className="prose-page">
        <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
        <Section id="scan" title={t('scanTitle')}>
          <p>{t('scan')}</p>
        </Section>
        <Section id="start" title={t('startTitle')}>
          <p>{t('start')}</p>
          <ol>
            {path.map((a) => (
              <li key={a.slug}>
                <Link href={`/articles/${a.slug}/`}>{a.meta.title}</Link>
              </li>
            ))}
          </ol>
        </Section>
        <Section id="tools" title={t('toolsTitle')}>
          <ul>
            {tools.map(({ key, href }) => (
              <li key={key}>{t.rich(key, { link: (chunks) => <Link href={href}>{chunks}</Link> })}</li>
            ))}
          </ul>
        </Section>
        <Section id="who" title={t('whoTitle')}>
          <p>{t('who')}</p>
        </Section>
        <Section id="privacy" title={t('privacyTitle')}>
          <p>{t.rich('privacy', { link: (chunks) => <Link href="/privacy/">{chunks}</Link> })}</p>
        </Section>
      </div>
    </PageShell>
  );
}

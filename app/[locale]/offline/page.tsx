import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { resolveLocale } from '@/i18n/server';
import type { Locale } from '@/i18n/routing';
import { primaryNav } from '@/content/site';
import { PageShell } from '@/components/layout/PageShell';
import { PageTitle } from '@/components/ui/PageTitle';
import { Section } from '@/components/ui/Section';

// The pages people most need in a waiting room; all of them are in every saved copy.
const hubs = new Set(['home', 'articles', 'checklists', 'questions', 'script']);

/**
 * What the service workers show for an address that is not saved when there is no connection
 * (scripts/offline.mjs). Not a real page: kept out of search engines and the sitemap.
 */
export async function generateMetadata({ params }: PageProps<'/[locale]/offline'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'OfflinePage' });
  return { title: t('title'), description: t('description'), robots: { index: false } };
}

export default async function OfflinePage({ params }: PageProps<'/[locale]/offline'>) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'OfflinePage' });
  const nav = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <PageShell locale={locale} path={null}>
      <div className="prose-page">
        <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
        <Section id="saved" title={t('hubsTitle')}>
          <p>{t('hubsIntro')}</p>
          <ul>
            {primaryNav
              .filter((item) => hubs.has(item.key))
              .map((item) => (
                <li key={item.key}>
                  <Link href={item.href}>{nav(`nav.${item.key}`)}</Link>
                </li>
              ))}
          </ul>
        </Section>
        <Section id="later" title={t('laterTitle')}>
          <p>{t('later')}</p>
        </Section>
      </div>
    </PageShell>
  );
}

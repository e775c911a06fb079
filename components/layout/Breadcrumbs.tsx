import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { breadcrumbTrail } from './breadcrumbs';

export async function Breadcrumbs({ locale, path }: { locale: Locale; path: string }) {
  const trail = breadcrumbTrail(path);
  if (!trail.length) return null;
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <nav aria-label={t('breadcrumb')} className="breadcrumbs no-print">
      <ol>
        {trail.map((c) => (
          <li key={c.href}>
            <Link href={c.href}>{t(`nav.${c.key}`)}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

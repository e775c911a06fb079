import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { footerNav } from '@/content/site';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return (
    <footer data-chrome className="mt-12 border-t border-line bg-wash">
      <div className="site-footer-inner mx-auto max-w-page space-y-3 px-4 py-6 text-sm">
        <nav aria-label={t('footerNav')}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {footerNav.map((item) => (
              <li key={item.key}>
                <Link href={item.href}>{t(`nav.${item.key}`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t('footerNote')}</p>
      </div>
    </footer>
  );
}

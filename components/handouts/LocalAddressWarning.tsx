import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { siteUrl } from '@/content/site';
import { isLocalAddress } from '@/content/localAddress';

/**
 * A build without SITE_URL prints QR codes and addresses for this computer, which no patient can
 * open. Whoever is about to print is told, on screen only; `npm run build` says the same.
 */
export async function LocalAddressWarning({ locale }: { locale: Locale }) {
  if (!isLocalAddress(siteUrl)) return null;
  const t = await getTranslations({ locale, namespace: 'HandoutPage' });
  return (
    <p className="callout callout-warning no-print local-address-warning mb-6 font-semibold" role="note" data-pagefind-ignore>
      {t('localhost', { url: siteUrl })}
    </p>
  );
}

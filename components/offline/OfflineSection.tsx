import { getTranslations } from 'next-intl/server';
import { localeNames, routing, type Locale } from '@/i18n/routing';
import { Section } from '@/components/ui/Section';
import { OfflineSave, type OfflineLabels } from './OfflineSave';

const keys = ['save', 'alsoSave', 'size', 'start', 'cancel', 'progressLabel', 'progress', 'done', 'saved', 'remove', 'removed', 'unsupported', 'blocked', 'quota', 'failed', 'sizeFailed', 'numberLocale', 'removeFailed'] as const;

/** The about page's "save for offline use" section (the footer links here): words from the server, state in the client. */
export async function OfflineSection({ locale, title }: { locale: Locale; title: string }) {
  const t = await getTranslations({ locale, namespace: 'OfflineSave' });
  const labels = Object.fromEntries(keys.map((k) => [k, t.raw(k) as string])) as OfflineLabels;
  const inPageLanguage = new Intl.DisplayNames([locale], { type: 'language' });
  const languages = routing.locales.map((l) => ({ locale: l, autonym: localeNames[l], name: inPageLanguage.of(l) ?? localeNames[l] }));
  return (
    <Section id="offline" title={title}>
      <p>{t('what')}</p>
      <noscript>
        <p>{t('noScript')}</p>
      </noscript>
      <OfflineSave locale={locale} languages={languages} labels={labels} />
    </Section>
  );
}

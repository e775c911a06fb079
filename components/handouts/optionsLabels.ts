import { getTranslations } from 'next-intl/server';
import { localeNames, type Locale } from '@/i18n/routing';
import type { HandoutOptionsLabels } from './HandoutOptions';

/** The options panel's words, for a handout page or "print all"; `back` is the language of the bilingual back. */
export async function handoutOptionsLabels(locale: Locale, back: Locale | undefined, print: string): Promise<HandoutOptionsLabels> {
  const t = await getTranslations({ locale, namespace: 'HandoutPage' });
  return {
    title: t('options'),
    providedBy: t('providedBy'),
    providedByHint: t('providedByHint'),
    counter: t.raw('counter') as string,
    tooLong: t.raw('tooLong') as string,
    logo: t('logo'),
    logoHint: t('logoHint'),
    logoRemove: t('logoRemove'),
    logoProblems: { empty: t('logoEmpty'), tooBig: t.raw('logoTooBig') as string, notImage: t('logoNotImage'), unreadable: t('logoUnreadable') },
    keep: t('keep'),
    keepHint: t('keepHint'),
    forget: t('forget'),
    forgotten: t('forgotten'),
    storageFailed: t('storageFailed'),
    bilingual: back ? t('bilingual', { language: localeNames[back] }) : null,
    duplex: back ? t('duplex', { language: localeNames[back] }) : null,
    largePrint: t('largePrint'),
    print,
    ignored: t('ignored'),
  };
}

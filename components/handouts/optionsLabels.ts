import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { HandoutOptionsLabels } from './HandoutOptions';

/**
 * The options panel's words, for a handout page or "print all". `back` is the language of the
 * bilingual back; `unreviewed` says which sides print the "not yet checked by a fluent human" line,
 * so the clinic knows before it prints.
 */
export async function handoutOptionsLabels(
  locale: Locale,
  back: Locale | undefined,
  print: string,
  unreviewed: { front: boolean; back: boolean },
): Promise<HandoutOptionsLabels> {
  const t = await getTranslations({ locale, namespace: 'HandoutPage' });
  const name = (l: Locale) => t(`languageNames.${l}`);
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
    bilingual: back ? t('bilingual', { language: name(back) }) : null,
    duplex: back ? t('duplex', { language: name(back) }) : null,
    duplexLarge: back ? t('duplexLarge', { front: name(locale), language: name(back) }) : null,
    unreviewedFront: unreviewed.front ? t('unreviewedFront', { language: name(locale) }) : null,
    unreviewedBack: back && unreviewed.back ? t('unreviewedBack', { language: name(back) }) : null,
    largePrint: t('largePrint'),
    print,
    ignored: t('ignored'),
  };
}

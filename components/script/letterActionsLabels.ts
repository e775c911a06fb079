import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { LetterActionsLabels } from './LetterActions';

// Each label once: a key added to LetterActionsLabels and not here fails to compile.
const keys = Object.keys({
  print: 0,
  downloadPdf: 0,
  makingPdf: 0,
  pdfDone: 0,
  pdfFailed: 0,
  email: 0,
  emailTooLong: 0,
  copyText: 0,
  copied: 0,
  copyFailed: 0,
} satisfies Record<keyof LetterActionsLabels, 0>) as (keyof LetterActionsLabels)[];

/** The letter action bar's strings (ScriptPage.letterActions.*), read on the server for the page to pass down. */
export async function getLetterActionsLabels(locale: Locale): Promise<LetterActionsLabels> {
  const t = await getTranslations({ locale, namespace: 'ScriptPage' });
  return Object.fromEntries(keys.map((k) => [k, t.raw(`letterActions.${k}`) as string])) as LetterActionsLabels;
}

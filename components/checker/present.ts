import { CATEGORIES, type Category, type Finding } from './types';

/** A study's findings in the order the articles explain them, empty groups left out. */
export function groupFindings(findings: Finding[]): { category: Category; findings: Finding[] }[] {
  return CATEGORIES.map((category) => ({ category, findings: findings.filter((f) => f.category === category) })).filter((g) => g.findings.length > 0);
}

/** The plain-language label for a keyword, or the standard's own keyword when there is none. */
export function labelFor(keyword: string, labels: Record<string, string>): string {
  return Object.hasOwn(labels, keyword) ? labels[keyword] : keyword;
}

/**
 * A study date (DICOM's YYYYMMDD, or YYYY-MM-DD) in the reader's language; anything else (a partial or odd date, as
 * old files have) is shown as found rather than guessed at.
 */
export function formatDicomDate(value: string | undefined, locale: string): string | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value.trim());
  if (!m) return value;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** "MRI (MR)": the plain name with the code the file uses; an unknown code as it is. */
export function modalityLabel(code: string, labels: Record<string, string>): string {
  const name = Object.hasOwn(labels, code) ? labels[code] : undefined;
  return name && name !== code ? `${name} (${code})` : code;
}


import { CATEGORIES, type Category, type Finding } from './types';

/** A study's findings in the order the articles explain them, empty groups left out. */
export function groupFindings(findings: Finding[]): { category: Category; findings: Finding[] }[] {
  return CATEGORIES.map((category) => ({ category, findings: findings.filter((f) => f.category === category) })).filter((g) => g.findings.length > 0);
}

/**
 * The plain-language label for a keyword. Without one, the standard's keyword split into words
 * ("FrameAcquisitionDateTime" → "Frame acquisition date time"), flagged as English so the page
 * can mark it lang="en" (screen readers then say it right on the Spanish page too).
 */
export function labelFor(keyword: string, labels: Record<string, string>): { text: string; english: boolean } {
  return Object.hasOwn(labels, keyword) ? { text: labels[keyword], english: false } : { text: keywordWords(keyword), english: true };
}

/** "SOPInstanceUID" → "SOP instance UID": words split at case changes, acronyms kept whole. */
export function keywordWords(keyword: string): string {
  const words = keyword.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/).filter(Boolean);
  return words.map((w, i) => (i === 0 || /^[A-Z0-9]{2,}$/.test(w) ? w : w.toLowerCase())).join(' ');
}

/** "MRI (MR)": the plain name with the code the file uses; an unknown code as it is. */
export function modalityLabel(code: string, labels: Record<string, string>): string {
  const name = Object.hasOwn(labels, code) ? labels[code] : undefined;
  return name && name !== code ? `${name} (${code})` : code;
}


/** The last part of a path ("PATIENT_NAME/CD/IMG0001" → "IMG0001"), either slash. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? '';
}

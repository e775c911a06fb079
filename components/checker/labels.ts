import type { ReactNode } from 'react';
import type { PluralTemplates } from './pluralTemplates';
import type { CleanOptions, Category, Flag, SkipReason } from './types';

export type OptionKey = Exclude<keyof CleanOptions, 'dates'>;
export const optionKeys = ['keepPatientCharacteristics', 'keepDeviceIdentity', 'keepInstitutionIdentity', 'keepDescriptions'] as const satisfies readonly OptionKey[];
export const dateChoices = ['remove', 'shift', 'keep'] as const satisfies readonly CleanOptions['dates'][];

/**
 * Every word the checker shows, translated on the server. Strings with "{name}" placeholders are
 * filled in the browser (fillTemplate); ReactNode ones carry markup such as the standard's
 * English option names marked lang="en".
 */
export type CheckerLabels = {
  /** For numbers and plural forms filled in the browser. */
  locale: string;
  workerFailed: string;
  chooseTitle: string;
  filesLabel: string;
  filesHint: string;
  folderLabel: string;
  folderHint: string;
  dropHere: string;
  waiting: string;
  progressLabel: string;
  checkProgress: string;
  cleanProgress: string;
  cancel: string;
  cancelled: string;
  cleanStopped: string;
  checkFailed: string;
  resultsTitle: string;
  summary: string;
  noneRead: string;
  studyTitle: string;
  dicomdirTitle: string;
  dicomdirNote: string;
  studyModalities: string;
  studyFiles: string;
  notGiven: string;
  nothingFound: string;
  showNamed: string;
  hideNamed: string;
  show: string;
  hide: string;
  hidden: string;
  tag: string;
  groupCount: string;
  privateTitle: string;
  privateText: string;
  skippedTitle: string;
  skippedIntro: string;
  skippedLine: string;
  cleanTitle: string;
  nothingToClean: string;
  cleanIntro: ReactNode;
  cleanUids: string;
  datesLegend: string;
  keepLegend: string;
  cleanButton: string;
  cleanFailed: string;
  cleanedTitle: string;
  cleanedFiles: string;
  download: string;
  cleanedReminder: string;
  /** "n files could not be cleaned…", one sentence per plural category (pluralTemplates). */
  notCleaned: PluralTemplates;
  clear: string;
  cleared: string;
  categories: Record<Category, { title: string; text: string }>;
  keywords: Record<string, string>;
  modalities: Record<string, string>;
  reasons: Record<SkipReason, string>;
  flags: Record<Flag, { text: ReactNode; link: string; href: string }>;
  dates: Record<(typeof dateChoices)[number], { label: string; hint: ReactNode }>;
  options: Record<OptionKey, { label: string; hint: ReactNode }>;
  /** "What cleaning does not do": shown before the button and again beside the download. */
  limits: ReactNode;
};

import type { ShareLabels } from '@/components/ui/ShareActions';
import type { InLanguage } from '@/components/articles/SourcesList';
import type { LetterField } from '@/content/scriptInputs';
import type { FieldError } from './fields';
import type { ScriptIgnored } from './state';
import type { LetterActionsLabels } from './LetterActions';
import type { ScriptStep } from './steps';
import type { CountryLabels } from './CountryChoice';
import type { ComplaintLabels } from './ComplaintBlock';

/** Every string the script tool shows, translated on the server and passed in. */
export type ScriptLabels = ShareLabels & {
  pageTitle: string;
  goalLegend: string;
  jurisdictionLegend: string;
  chooseBoth: string;
  notOffered: string;
  sayTitle: string;
  rule: string;
  lawNoteTitle: string;
  letterTitle: string;
  fieldsTitle: string;
  fieldsIntro: string;
  senderTitle: string;
  senderIntro: string;
  /** Per other language: "Getting the Spanish text…" while the side-by-side language loads. */
  bilingualLoading: Record<string, string>;
  /** Per other language: "Could not get the Spanish text…" when it does not load. */
  bilingualFailed: Record<string, string>;
  /** "In the letter, dates read like this: {example}." */
  dateHint: string;
  country: CountryLabels;
  complaint: ComplaintLabels;
  fields: Record<LetterField, string>;
  maxChars: string;
  errors: Record<FieldError, string>;
  deadlineTitle: string;
  dueFromReceipt: string;
  deliveryLegend: string;
  offerId: string;
  delivery: Record<'hand' | 'online' | 'post', string>;
  dueSameDay: string;
  duePost: string;
  dueUnsure: string;
  dueTodayNote: string;
  duePassed: string;
  noDeadline: string;
  icsButton: string;
  icsDone: string;
  icsFailed: string;
  icsSummary: string;
  icsDescription: string;
  followUpTitle: string;
  followUpWhich: string;
  followUpNoAnswer: string;
  followUpRefused: string;
  complaintTitle: string;
  sourcesTitle: string;
  printBilingual: Record<string, string>;
  printSay: string;
  printDate: string;
  choosePlaceFirst: string;
  choicesTitle: string;
  changeChoices: string;
  continueToSteps: string;
  steps: Record<ScriptStep | 'label', string>;
  previous: string;
  next: string;
  letterActions: LetterActionsLabels;
  includePersonal: string;
  personalNote: string;
  cleared: string;
  ignored: Record<ScriptIgnored, string>;
  languageNames: Record<string, string>;
  /** Said after a source title in another language, e.g. "(en inglés)". */
  inLanguage: InLanguage;
};

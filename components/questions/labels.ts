import type { InLanguage } from '@/components/articles/SourcesList';
import type { ShareLabels } from '@/components/ui/ShareActions';
import type { questionInputs } from '@/content/questionInputs';

type Inputs = typeof questionInputs;
type OptionLabels<K extends keyof Inputs> = Record<Inputs[K][number], string>;

/** Every string the questions tool shows, translated on the server and passed in. */
export type QuestionsLabels = Omit<ShareLabels, 'shareTitle' | 'startOver'> & {
  formTitle: string;
  showList: string;
  changeAnswers: string;
  summaryNone: string;
  /** listCount[n] is "Your list has n questions", formatted on the server with the language's plural rules. */
  listCount: string[];
  addNote: string;
  addNoteTo: string;
  actionsTitle: string;
  moreOptions: string;
  keepTitle: string;
  remember: string;
  rememberNote: string;
  clear: string;
  cleared: string;
  storageBlocked: string;
  notSure: string;
  fields: { scan: string; body: string; setting: string; region: string; worries: string; forWhom: string };
  options: { scan: OptionLabels<'scan'>; body: OptionLabels<'body'>; setting: OptionLabels<'setting'>; region: OptionLabels<'region'>; worries: OptionLabels<'worries'>; forWhom: OptionLabels<'forWhom'> };
  listTitle: string;
  listIntro: string;
  empty: string;
  askFirst: string;
  details: string;
  source: string;
  /** Said after a source title in another language, e.g. "(en inglés)". */
  inLanguage: InLanguage;
  why: string;
  goodAnswer: string;
  ifWorried: string;
  moveUp: string;
  moveDown: string;
  remove: string;
  noteLabel: string;
  noteTooLong: string;
  yourQuestion: string;
  moved: string;
  removed: string;
  added: string;
  moreTitle: string;
  addThis: string;
  customLabel: string;
  customHint: string;
  customCounter: string;
  customTooLong: string;
  customEmpty: string;
  customTooMany: string;
  customAdd: string;
  printTitle: string;
  printFull: string;
  printPocket: string;
  printBilingual: Record<string, string>;
  printButton: string;
  includeNotes: string;
  notesStayHere: string;
  ignored: Record<'answers' | 'questions' | 'custom' | 'notes' | 'other', string>;
  answerLines: string;
  pageTitle: string;
};

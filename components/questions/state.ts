import { questionInputs } from '@/content/questionInputs';
import { parseFragment } from '@/components/state/fragment';
import { emptyAnswers, type Answers } from './select';

export const MAX_CUSTOM_LENGTH = 300;
export const MAX_CUSTOM_COUNT = 20;
export const MAX_NOTE_LENGTH = 1000;

export type CustomQuestion = { id: string; text: string };
export type QuestionsState = {
  answers: Answers;
  /** The user's list (bank ids and custom ids, in order); null means "the default for these answers". */
  list: string[] | null;
  custom: CustomQuestion[];
  notes: Record<string, string>;
  /** Notes go into a shared link only when the user ticks "include my notes". */
  includeNotes: boolean;
};
export type Ignored = 'answers' | 'questions' | 'custom' | 'notes' | 'other';

export const emptyState: QuestionsState = { answers: emptyAnswers, list: null, custom: [], notes: {}, includeNotes: false };

const single = ['scan', 'body', 'setting', 'region'] as const;

/**
 * The whole state as a URL fragment. Custom text and notes are percent-encoded by URLSearchParams.
 * Notes go in only when the user ticked "include my notes", or with `withNotes` for hand-overs
 * that stay on this device (the language switch, opt-in storage): those carry the notes but not
 * the `notes=1` opt-in, so the page that reads them writes its own address without them.
 */
export function encodeQuestionsState(state: QuestionsState, { withNotes = false } = {}): string {
  const p = new URLSearchParams();
  p.set('v', '1');
  for (const key of single) if (state.answers[key]) p.set(key, state.answers[key]!);
  if (state.answers.worries.length) p.set('worries', state.answers.worries.join(','));
  if (state.answers.forWhom !== 'self') p.set('for', state.answers.forWhom);
  if (state.list) p.set('list', state.list.join(','));
  for (const c of state.custom) p.append('c', c.text);
  if (state.includeNotes) p.set('notes', '1');
  if (state.includeNotes || withNotes) {
    for (const [id, text] of Object.entries(state.notes)) if (text.trim()) p.append('n', `${id}~${text}`);
  }
  return `#${p.toString().replace(/%2C/g, ',')}`;
}

/** Whether any answer that shapes the list is given; "who it is for" alone is not an answer yet. */
export function hasAnswers(state: QuestionsState): boolean {
  const a = state.answers;
  return single.some((key) => a[key] !== undefined) || a.worries.length > 0;
}

/** Whether a fragment holds any state: a bare "#" or "#v=1" does not, so a kept list is used instead. */
export function carriesState(hash: string): boolean {
  return [...parseFragment(hash).params.keys()].some((key) => key !== 'v');
}

/** Where "keep this list on this device" saves the whole state, notes included. */
export const questionsStorageKey = 'before-your-scan:questions';

/**
 * Reads a fragment back. Whatever is valid is kept; anything unknown, too long, or malformed
 * is dropped and named in `ignored`, so the page can say what it left out. Never throws.
 */
export function decodeQuestionsState(hash: string, bankIds: readonly string[]): { state: QuestionsState; ignored: Ignored[] } {
  const ignored = new Set<Ignored>();
  const { params, truncated } = parseFragment(hash);
  if (truncated) ignored.add('other');
  const known = new Set(['v', ...single, 'worries', 'for', 'list', 'c', 'notes', 'n']);
  for (const key of params.keys()) if (!known.has(key)) ignored.add('other');
  if (params.has('v') && params.get('v') !== '1') ignored.add('other');

  const answers: Answers = { worries: [], forWhom: 'self' };
  for (const key of single) {
    const value = params.get(key);
    if (value === null) continue;
    if ((questionInputs[key] as readonly string[]).includes(value)) (answers as Record<string, unknown>)[key] = value;
    else ignored.add('answers');
  }
  for (const w of (params.get('worries') ?? '').split(',').filter(Boolean)) {
    if ((questionInputs.worries as readonly string[]).includes(w) && !answers.worries.includes(w as Answers['worries'][number])) {
      answers.worries.push(w as Answers['worries'][number]);
    } else ignored.add('answers');
  }
  const forWhom = params.get('for');
  if (forWhom === 'other') answers.forWhom = 'other';
  else if (forWhom !== null && forWhom !== 'self') ignored.add('answers');

  const custom: CustomQuestion[] = [];
  for (const text of params.getAll('c')) {
    // Over-long text is refused, not cut: a shortened question could change its meaning.
    if (!text.trim() || text.length > MAX_CUSTOM_LENGTH || custom.length >= MAX_CUSTOM_COUNT) ignored.add('custom');
    else custom.push({ id: `c${custom.length + 1}`, text });
  }
  const valid = new Set([...bankIds, ...custom.map((c) => c.id)]);

  let list: string[] | null = null;
  if (params.has('list')) {
    list = [];
    for (const id of (params.get('list') ?? '').split(',').filter(Boolean)) {
      if (valid.has(id) && !list.includes(id)) list.push(id);
      else ignored.add('questions');
    }
  }

  const includeNotes = params.get('notes') === '1';
  const notes: Record<string, string> = {};
  for (const entry of params.getAll('n')) {
    const cut = entry.indexOf('~');
    const id = entry.slice(0, cut);
    const text = entry.slice(cut + 1);
    if (cut > 0 && valid.has(id) && text.length <= MAX_NOTE_LENGTH && !(id in notes)) notes[id] = text;
    else ignored.add('notes');
  }

  return { state: { answers, list, custom, notes, includeNotes }, ignored: [...ignored] };
}

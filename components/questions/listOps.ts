import type { Question } from '@/content/schema';
import { defaultList, selectQuestions, type Answers } from './select';
import { MAX_CUSTOM_COUNT, MAX_CUSTOM_LENGTH, type QuestionsState } from './state';

// Pure edits of the questions state; the component only calls these and renders.

/** The list on screen: the user's own, or the default for the answers followed by their own questions. */
export function currentList(state: QuestionsState, bank: readonly Question[]): string[] {
  return state.list ?? [...defaultList(state.answers, bank), ...state.custom.map((c) => c.id)];
}

/** Questions that fit the answers but are not on the list: "more questions you could ask". */
export function morePool(state: QuestionsState, bank: readonly Question[]): string[] {
  const on = new Set(currentList(state, bank));
  return selectQuestions(state.answers, bank).map((q) => q.id).filter((id) => !on.has(id));
}

/** New answers give a new default list; the user's own questions and notes stay. */
export function setAnswers(state: QuestionsState, answers: Answers): QuestionsState {
  return { ...state, answers, list: null };
}

export function moveQuestion(state: QuestionsState, bank: readonly Question[], id: string, delta: -1 | 1): QuestionsState {
  const list = [...currentList(state, bank)];
  const from = list.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return state;
  [list[from], list[to]] = [list[to], list[from]];
  return { ...state, list };
}

export function addQuestion(state: QuestionsState, bank: readonly Question[], id: string): QuestionsState {
  const list = currentList(state, bank);
  return list.includes(id) ? state : { ...state, list: [...list, id] };
}

/** Removing a custom question deletes it, and the remaining ones are renumbered c1…cn as links expect. */
export function removeQuestion(state: QuestionsState, bank: readonly Question[], id: string): QuestionsState {
  const list = currentList(state, bank).filter((x) => x !== id);
  const notes = { ...state.notes };
  delete notes[id];
  if (!state.custom.some((c) => c.id === id)) return { ...state, list, notes };
  const kept = state.custom.filter((c) => c.id !== id);
  const rename = new Map(kept.map((c, i) => [c.id, `c${i + 1}`]));
  const renamed = (x: string) => rename.get(x) ?? x;
  return {
    ...state,
    custom: kept.map((c) => ({ ...c, id: renamed(c.id) })),
    list: list.map(renamed),
    notes: Object.fromEntries(Object.entries(notes).map(([k, v]) => [renamed(k), v])),
  };
}

export type AddCustomResult = { ok: true; state: QuestionsState } | { ok: false; reason: 'empty' | 'too-long' | 'too-many' };

export function addCustom(state: QuestionsState, bank: readonly Question[], text: string): AddCustomResult {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, reason: 'empty' };
  if (trimmed.length > MAX_CUSTOM_LENGTH) return { ok: false, reason: 'too-long' };
  if (state.custom.length >= MAX_CUSTOM_COUNT) return { ok: false, reason: 'too-many' };
  const id = `c${state.custom.length + 1}`;
  return { ok: true, state: { ...state, custom: [...state.custom, { id, text: trimmed }], list: [...currentList(state, bank), id] } };
}

/** The list as plain text, for "copy as text": numbered questions, with notes when included. */
export function listAsText(lines: { question: string; note?: string }[], title: string, url: string): string {
  const body = lines.map((l, i) => `${i + 1}. ${l.question}${l.note ? `\n   ${l.note}` : ''}`).join('\n');
  return `${title}\n\n${body}\n\n${url}\n`;
}

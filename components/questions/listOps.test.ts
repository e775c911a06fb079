import { describe, expect, it } from 'vitest';
import type { Question } from '@/content/schema';
import { addCustom, addQuestion, currentList, listAsText, morePool, moveQuestion, removeQuestion, setAnswers } from './listOps';
import { emptyState, MAX_CUSTOM_COUNT, MAX_CUSTOM_LENGTH, type QuestionsState } from './state';

const q = (id: string, priority: number, when: Question['when'] = {}): Question => ({
  id, question: { self: id, other: id }, why: 'Why it matters.', goodAnswer: 'A clear answer.', ifWorried: { text: 'Ask again.' },
  tags: ['ai'], when, priority, source: { title: 'S', url: 'https://example.org' },
});
const bank = Array.from({ length: 12 }, (_, i) => q(`q${i + 1}`, 5 - Math.floor(i / 3))).concat([q('us-only', 1, { region: ['us'] })]);

describe('list operations', () => {
  it('starts from the default list and offers the rest as more questions', () => {
    expect(currentList(emptyState, bank)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10']);
    expect(morePool(emptyState, bank)).toEqual(['q11', 'q12']);
  });

  it('moves, removes and adds questions', () => {
    let s = moveQuestion(emptyState, bank, 'q2', -1);
    expect(currentList(s, bank).slice(0, 3)).toEqual(['q2', 'q1', 'q3']);
    expect(moveQuestion(s, bank, 'q2', -1)).toBe(s);
    s = removeQuestion(s, bank, 'q1');
    expect(currentList(s, bank)).not.toContain('q1');
    expect(morePool(s, bank)).toContain('q1');
    s = addQuestion(s, bank, 'q1');
    expect(currentList(s, bank).at(-1)).toBe('q1');
  });

  it('adds custom questions, refusing empty, over-long and too many', () => {
    expect(addCustom(emptyState, bank, '   ')).toEqual({ ok: false, reason: 'empty' });
    expect(addCustom(emptyState, bank, 'x'.repeat(MAX_CUSTOM_LENGTH + 1))).toEqual({ ok: false, reason: 'too-long' });
    const full: QuestionsState = { ...emptyState, custom: Array.from({ length: MAX_CUSTOM_COUNT }, (_, i) => ({ id: `c${i + 1}`, text: 't' })) };
    expect(addCustom(full, bank, 'one more')).toEqual({ ok: false, reason: 'too-many' });
    const r = addCustom(emptyState, bank, '  Who will see it? ');
    expect(r.ok && r.state.custom).toEqual([{ id: 'c1', text: 'Who will see it?' }]);
    expect(r.ok && currentList(r.state, bank).at(-1)).toBe('c1');
  });

  it('renumbers custom questions after one is removed, keeping notes with their question', () => {
    let s = emptyState;
    for (const text of ['first', 'second', 'third']) {
      const r = addCustom(s, bank, text);
      if (r.ok) s = r.state;
    }
    s = { ...s, notes: { c3: 'note on third' } };
    s = removeQuestion(s, bank, 'c1');
    expect(s.custom).toEqual([{ id: 'c1', text: 'second' }, { id: 'c2', text: 'third' }]);
    expect(currentList(s, bank).slice(-2)).toEqual(['c1', 'c2']);
    expect(s.notes).toEqual({ c2: 'note on third' });
  });

  it('new answers reset the order but keep custom questions', () => {
    const r = addCustom(moveQuestion(emptyState, bank, 'q3', -1), bank, 'mine');
    const s = setAnswers(r.ok ? r.state : emptyState, { region: 'us', worries: [], forWhom: 'self' });
    expect(s.list).toBeNull();
    expect(currentList(s, bank).at(-1)).toBe('c1');
  });

  it('formats the list as numbered text', () => {
    expect(listAsText([{ question: 'A?' }, { question: 'B?', note: 'said yes' }], 'Questions', 'https://x/#v=1')).toBe('Questions\n\n1. A?\n2. B?\n   said yes\n\nhttps://x/#v=1\n');
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_FRAGMENT_LENGTH } from '@/components/state/fragment';
import { decodeQuestionsState, emptyState, encodeQuestionsState, hasAnswers, carriesState, MAX_CUSTOM_COUNT, MAX_CUSTOM_LENGTH, MAX_NOTE_LENGTH, type QuestionsState } from './state';

const bank = ['ai-reads', 'face-defacing', 'us-notice'];

const full: QuestionsState = {
  answers: { scan: 'mri', body: 'head', setting: 'research', region: 'us', worries: ['face', 'ai'], forWhom: 'other' },
  list: ['face-defacing', 'c1', 'ai-reads'],
  custom: [{ id: 'c1', text: 'Can I see the 3D picture? <script>alert("x")</script> & 100% #sure' }],
  notes: { 'face-defacing': 'Asked Dana at the desk, 3 June: "yes, removed"', c1: 'no answer ~ yet' },
  includeNotes: true,
};

describe('questions state', () => {
  it('round-trips everything, including text with markup, quotes, # and ~', () => {
    const hash = encodeQuestionsState(full);
    expect(hash.startsWith('#v=1&')).toBe(true);
    expect(decodeQuestionsState(hash, bank)).toEqual({ state: full, ignored: [] });
  });

  it('leaves notes out of the link unless the user includes them', () => {
    const hash = encodeQuestionsState({ ...full, includeNotes: false });
    expect(hash).not.toContain('Dana');
    expect(decodeQuestionsState(hash, bank).state.notes).toEqual({});
  });

  it('encodes the empty state as a bare version and decodes it back', () => {
    expect(encodeQuestionsState(emptyState)).toBe('#v=1');
    expect(decodeQuestionsState('#v=1', bank)).toEqual({ state: emptyState, ignored: [] });
    expect(decodeQuestionsState('', bank)).toEqual({ state: emptyState, ignored: [] });
  });

  it('keeps valid answers and names the invalid ones', () => {
    const r = decodeQuestionsState('#v=1&scan=spaceship&body=head&region=mars&worries=ai,aliens&for=dog', bank);
    expect(r.state.answers).toEqual({ body: 'head', worries: ['ai'], forWhom: 'self' });
    expect(r.ignored).toEqual(['answers']);
  });

  it('drops unknown and duplicate question ids from an outdated list', () => {
    const r = decodeQuestionsState('#v=1&list=ai-reads,retired-question,ai-reads,c9', bank);
    expect(r.state.list).toEqual(['ai-reads']);
    expect(r.ignored).toEqual(['questions']);
  });

  it('refuses over-long custom questions and notes instead of cutting them', () => {
    const long = 'x'.repeat(MAX_CUSTOM_LENGTH + 1);
    const ok = 'y'.repeat(MAX_CUSTOM_LENGTH);
    const r = decodeQuestionsState(`#v=1&c=${long}&c=${ok}&notes=1&n=ai-reads~${'z'.repeat(MAX_NOTE_LENGTH + 1)}`, bank);
    expect(r.state.custom).toEqual([{ id: 'c1', text: ok }]);
    expect(r.state.notes).toEqual({});
    expect(r.ignored.sort()).toEqual(['custom', 'notes']);
  });

  it('caps the number of custom questions', () => {
    const hash = '#v=1&' + Array.from({ length: MAX_CUSTOM_COUNT + 3 }, (_, i) => `c=q${i}`).join('&');
    const r = decodeQuestionsState(hash, bank);
    expect(r.state.custom).toHaveLength(MAX_CUSTOM_COUNT);
    expect(r.ignored).toEqual(['custom']);
  });

  it('ignores notes for questions that do not exist, and malformed notes', () => {
    const r = decodeQuestionsState('#v=1&notes=1&n=ghost~hello&n=no-separator&n=ai-reads~kept', bank);
    expect(r.state.notes).toEqual({ 'ai-reads': 'kept' });
    expect(r.ignored).toEqual(['notes']);
  });

  it('survives garbage, unknown keys, a future version and a huge fragment', () => {
    for (const hash of ['#%E0%A4%A', '#<img src=x onerror=alert(1)>', '#v=9&zzz=1', `#v=1&c=${'a'.repeat(MAX_FRAGMENT_LENGTH * 5)}`]) {
      const r = decodeQuestionsState(hash, bank);
      expect(r.state.answers.forWhom).toBe('self');
      expect(r.ignored.length).toBeGreaterThan(0);
    }
  });

  it('a truncated link keeps what came before the cut', () => {
    const hash = encodeQuestionsState(full);
    const r = decodeQuestionsState(hash.slice(0, hash.indexOf('&list=')), bank);
    expect(r.state.answers.region).toBe('us');
    expect(r.state.list).toBeNull();
  });

  it('hands notes over on this device without the opt-in, so the next page drops them from its address', () => {
    const mine = { ...full, includeNotes: false };
    const carried = encodeQuestionsState(mine, { withNotes: true });
    expect(carried).toContain('Dana');
    expect(carried).not.toContain('notes=1');
    const back = decodeQuestionsState(carried, bank);
    expect(back).toEqual({ state: mine, ignored: [] });
    // What that page then writes to its own address has no notes.
    expect(encodeQuestionsState(back.state)).not.toContain('Dana');
  });

  it('a hand-over with the opt-in keeps it', () => {
    expect(decodeQuestionsState(encodeQuestionsState(full, { withNotes: true }), bank).state).toEqual(full);
  });

  it('counts as answered once anything but "who it is for" is chosen', () => {
    expect(hasAnswers(emptyState)).toBe(false);
    expect(hasAnswers({ ...emptyState, answers: { ...emptyState.answers, forWhom: 'other' } })).toBe(false);
    expect(hasAnswers({ ...emptyState, answers: { ...emptyState.answers, region: 'us' } })).toBe(true);
    expect(hasAnswers({ ...emptyState, answers: { ...emptyState.answers, worries: ['face'] } })).toBe(true);
  });

  it('a bare or empty fragment carries no state, so a list kept on the device is used', () => {
    expect(carriesState('')).toBe(false);
    expect(carriesState('#')).toBe(false);
    expect(carriesState('#v=1')).toBe(false);
    expect(carriesState('#v=1&for=other')).toBe(true);
    expect(carriesState(encodeQuestionsState(full))).toBe(true);
  });
});

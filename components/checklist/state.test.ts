import { describe, expect, it } from 'vitest';
import { decodeChecklistState, encodeChecklistState } from './state';
import { MAX_FRAGMENT_LENGTH } from '@/components/state/fragment';

const ids = ['read-notice', 'ask-ai', 'ask-research', 'get-copy'];

describe('checklist state', () => {
  it('round-trips ticked items in checklist order', () => {
    const hash = encodeChecklistState(['get-copy', 'read-notice'], ids);
    expect(hash).toBe('#done=read-notice,get-copy');
    expect(decodeChecklistState(hash, ids)).toEqual({ done: ['read-notice', 'get-copy'], ignored: false });
  });

  it('encodes nothing ticked as an empty fragment, and decodes an empty one', () => {
    expect(encodeChecklistState([], ids)).toBe('');
    expect(decodeChecklistState('', ids)).toEqual({ done: [], ignored: false });
    expect(decodeChecklistState('#', ids)).toEqual({ done: [], ignored: false });
  });

  it('keeps valid ids and flags unknown ones from an outdated link', () => {
    expect(decodeChecklistState('#done=ask-ai,old-item,get-copy', ids)).toEqual({ done: ['ask-ai', 'get-copy'], ignored: true });
  });

  it('drops duplicates without complaint', () => {
    expect(decodeChecklistState('#done=ask-ai,ask-ai', ids)).toEqual({ done: ['ask-ai'], ignored: false });
  });

  it('flags garbage and unknown keys without throwing', () => {
    for (const hash of ['#%E0%A4%A', '#<script>alert(1)</script>', '#done=%ZZ', '#x=1&done=ask-ai', '#done']) {
      const r = decodeChecklistState(hash, ids);
      expect(r.done.every((id) => ids.includes(id))).toBe(true);
    }
    expect(decodeChecklistState('#x=1&done=ask-ai', ids)).toEqual({ done: ['ask-ai'], ignored: true });
    expect(decodeChecklistState('#<script>alert(1)</script>', ids).ignored).toBe(true);
  });

  it('cuts a huge fragment at the limit, keeps what came before, and flags it', () => {
    const huge = '#done=ask-ai,' + 'x'.repeat(MAX_FRAGMENT_LENGTH * 20);
    expect(decodeChecklistState(huge, ids)).toEqual({ done: ['ask-ai'], ignored: true });
  });
});

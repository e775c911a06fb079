import { afterEach, describe, expect, it, vi } from 'vitest';
import { carriedFragment, offerCarry } from './carry';

// A window with just what carry.ts uses: events and the address's fragment.
function stubWindow(hash: string) {
  vi.stubGlobal('window', Object.assign(new EventTarget(), { location: { hash } }));
}

afterEach(() => vi.unstubAllGlobals());

describe('language-switch hand-over', () => {
  it('takes the address fragment when no tool offers more', () => {
    stubWindow('#done=a,b');
    expect(carriedFragment()).toBe('#done=a,b');
  });

  it('takes what the tool offers, and stops once the tool is gone', () => {
    stubWindow('#v=1&region=us');
    const stop = offerCarry(() => '#v=1&region=us&n=q1~note');
    expect(carriedFragment()).toBe('#v=1&region=us&n=q1~note');
    stop();
    expect(carriedFragment()).toBe('#v=1&region=us');
  });
});

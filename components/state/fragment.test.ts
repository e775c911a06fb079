import { describe, expect, it } from 'vitest';
import { isPlainAnchor } from './fragment';

describe('isPlainAnchor', () => {
  it('is a jump to a part of the page: a search result, a table of contents', () => {
    for (const hash of ['#paid-in-full', '#topic-ai', 'in-short', '#a-z', '#Section_2']) expect(isPlainAnchor(hash), hash).toBe(true);
  });
  it("is not a tool's state, nor empty", () => {
    for (const hash of ['', '#', '#done=a,b', '#v=1', '#q=dicom', '#print=1', '#place=us', '#by=Clinic&large=1', '#a&b', '#%E0%A4%A', '#1abc']) {
      expect(isPlainAnchor(hash), hash).toBe(false);
    }
  });
});

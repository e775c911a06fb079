import { describe, expect, it } from 'vitest';
import { wrap } from './wrap';

describe('wrap', () => {
  it('breaks between words, never inside one', () => {
    expect(wrap('Text burned into the picture', 12)).toEqual(['Text burned', 'into the', 'picture']);
  });
  it('keeps a word longer than the limit whole, on its own line', () => {
    expect(wrap('a desidentificados b', 5)).toEqual(['a', 'desidentificados', 'b']);
  });
  it('collapses spaces and returns nothing for empty text', () => {
    expect(wrap('  one   two ', 20)).toEqual(['one two']);
    expect(wrap('', 10)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeEntities, parseExcerpt } from './excerpt';

describe('parseExcerpt', () => {
  it('splits text and marked words', () => {
    expect(parseExcerpt('Your <mark>face</mark> can be rebuilt')).toEqual([
      { text: 'Your ', mark: false },
      { text: 'face', mark: true },
      { text: ' can be rebuilt', mark: false },
    ]);
  });
  it('decodes entities, so escaped markup stays text', () => {
    expect(parseExcerpt('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>caf&#233;</mark> &#x1F600;')).toEqual([
      { text: '<script>alert(1)</script> & ', mark: false },
      { text: 'café', mark: true },
      { text: ' 😀', mark: false },
    ]);
  });
  it('drops tags other than mark and keeps their text', () => {
    expect(parseExcerpt('<b>bold</b> <img src=x onerror=alert(1)>and <MARK class="x">more</MARK>')).toEqual([
      { text: 'bold and ', mark: false },
      { text: 'more', mark: true },
    ]);
  });
  it('survives unclosed marks, stray brackets and bad entities', () => {
    expect(parseExcerpt('a < b <mark>c &#xD800; &#99999999; &bogus;')).toEqual([
      { text: 'a < b ', mark: false },
      { text: 'c \ufffd \ufffd &bogus;', mark: true },
    ]);
  });
  it('merges adjacent marks and returns nothing for empty input', () => {
    expect(parseExcerpt('<mark>de</mark><mark>facing</mark>')).toEqual([{ text: 'defacing', mark: true }]);
    expect(parseExcerpt('')).toEqual([]);
  });
  it('leaves unknown named entities alone', () => {
    expect(decodeEntities('&copy; &quot;x&quot; &#39;')).toBe('&copy; "x" \'');
  });
});

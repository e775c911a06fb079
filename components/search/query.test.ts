import { describe, expect, it } from 'vitest';
import { cleanQuery, MAX_QUERY_LENGTH, queryFragment, readQuery } from './query';

describe('readQuery', () => {
  it('reads the fragment first, then the query string', () => {
    expect(readQuery('#q=defacing', '?q=other')).toEqual({ query: 'defacing', from: 'hash' });
    expect(readQuery('', '?q=borrar+la+cara')).toEqual({ query: 'borrar la cara', from: 'search' });
    expect(readQuery('#a-z', '')).toEqual({ query: '', from: null });
    expect(readQuery('#q=', '')).toEqual({ query: '', from: 'hash' });
  });
  it('decodes percent escapes and survives broken ones', () => {
    expect(readQuery('#q=desidentificaci%C3%B3n', '').query).toBe('desidentificación');
    expect(() => readQuery('#q=%E0%A4%A', '')).not.toThrow();
    expect(readQuery('#q=%E0%A4%A', '').query).toMatch(/%A$/);
  });
  it('keeps markup as text', () => {
    expect(readQuery(queryFragment('<script>alert(1)</script>'), '').query).toBe('<script>alert(1)</script>');
  });
});

describe('cleanQuery', () => {
  it('collapses whitespace and removes control characters', () => {
    expect(cleanQuery('  opt\u0000\n  out\u200b ')).toBe('opt out');
  });
  it('cuts long input without splitting a character', () => {
    const cut = cleanQuery('😀'.repeat(5000));
    expect([...cut]).toHaveLength(MAX_QUERY_LENGTH);
    expect(cut.endsWith('😀')).toBe(true);
  });
});

describe('queryFragment', () => {
  it('round-trips through readQuery', () => {
    for (const q of ['DICOM', 'borrar la cara', 'a&b=c#d', '¿qué?']) expect(readQuery(queryFragment(q), '').query).toBe(q);
    expect(queryFragment('')).toBe('');
  });
});

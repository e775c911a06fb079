import { describe, expect, it } from 'vitest';
import { correctQuery, editDistance, fold, nearestWord } from './nearestWord';

const words = ['dicom', 'defacing', 'desidentificación', 'privacidad', 'scan', 'consent', 'consentimiento', 'registry'];

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('dicmo', 'dicom')).toBe(1);
    expect(editDistance('dicon', 'dicom')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('stops early past the limit', () => {
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});

describe('nearestWord', () => {
  it('finds the word one typo away', () => {
    expect(nearestWord('dicon', words)).toBe('dicom');
    expect(nearestWord('DICMO', words)).toBe('dicom');
    expect(nearestWord('privasidad', words)).toBe('privacidad');
  });
  it('compares without accents but returns the word as listed', () => {
    expect(nearestWord('desidentificasion', words)).toBe('desidentificación');
    expect(fold('Ó')).toBe('o');
  });
  it('allows one edit for 4-5 letters and two for longer words', () => {
    expect(nearestWord('dxcxm', words)).toBeUndefined();
    expect(nearestWord('defakinh', words)).toBe('defacing');
    expect(nearestWord('defxxxnh', words)).toBeUndefined();
  });
  it('leaves short and known words alone', () => {
    expect(nearestWord('scn', words)).toBeUndefined();
    expect(nearestWord('Registry', words)).toBeUndefined();
  });
});

describe('correctQuery', () => {
  it('corrects each unknown word and keeps the rest', () => {
    expect(correctQuery('dicon consnet', words)).toEqual({ query: 'dicom consent', changed: true });
    expect(correctQuery('my scan', words)).toEqual({ query: 'my scan', changed: false });
    expect(correctQuery('', words)).toEqual({ query: '', changed: false });
  });
});

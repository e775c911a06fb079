import { describe, expect, it } from 'vitest';
import { decodeHandoutState, defaultOptions, encodeHandoutState, MAX_PROVIDED_BY } from './state';

describe('handout options in the fragment', () => {
  it('round-trips a co-branding line with markup and symbols, and both options', () => {
    const o = { providedBy: 'St. Mary’s <b>Clinic</b> & Co. — 555-0100 #2', bilingual: true, largePrint: true };
    const hash = encodeHandoutState(o);
    expect(decodeHandoutState(hash)).toEqual({ options: o, ignored: false });
  });

  it('encodes the defaults as no fragment', () => {
    expect(encodeHandoutState(defaultOptions)).toBe('');
    expect(decodeHandoutState('')).toEqual({ options: defaultOptions, ignored: false });
  });

  it('accepts exactly the limit and refuses one more, rather than cutting it', () => {
    expect(decodeHandoutState(`#by=${'a'.repeat(MAX_PROVIDED_BY)}`).options.providedBy).toHaveLength(MAX_PROVIDED_BY);
    expect(decodeHandoutState(`#by=${'a'.repeat(MAX_PROVIDED_BY + 1)}`)).toEqual({ options: defaultOptions, ignored: true });
  });

  it('flags unknown keys, odd flag values and garbage without throwing', () => {
    expect(decodeHandoutState('#bi=yes&x=1')).toEqual({ options: defaultOptions, ignored: true });
    expect(decodeHandoutState('#%E0%A4%A').options).toEqual(defaultOptions);
  });
});

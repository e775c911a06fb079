import { describe, expect, it } from 'vitest';
import { addressPieces, blockWeight, largePrintBreak, sheetTextStep } from './largePrint';

describe('largePrintBreak', () => {
  it('balances two pages of equal blocks', () => {
    expect(largePrintBreak([100, 100, 100, 100], 0, 0)).toBe(2);
  });
  it('keeps more blocks on page one when the footer on page two is heavy, fewer when the masthead is', () => {
    expect(largePrintBreak([100, 100, 100, 100], 0, 200)).toBe(3);
    expect(largePrintBreak([100, 100, 100, 100], 300, 0)).toBe(1);
  });
  it('puts a long masthead and intro against fewer blocks on page one', () => {
    expect(largePrintBreak([50, 50, 50, 50, 50, 50], 200, 0)).toBe(1);
    expect(largePrintBreak([50, 50, 50, 50, 50, 50], 0, 200)).toBe(5);
  });
  it('never leaves page one or page two without a block', () => {
    for (const k of [largePrintBreak([1000, 1], 0, 0), largePrintBreak([1, 1000], 0, 0), largePrintBreak([5, 5], 9999, 0), largePrintBreak([5, 5], 0, 9999)]) {
      expect(k).toBeGreaterThanOrEqual(1);
      expect(k).toBeLessThanOrEqual(1);
    }
  });
  it('has no break to make with one block or none', () => {
    expect(largePrintBreak([300], 0, 0)).toBe(-1);
    expect(largePrintBreak([], 0, 0)).toBe(-1);
  });
});

describe('blockWeight', () => {
  it('counts a heading as whole lines', () => {
    expect(blockWeight('Short', 'x'.repeat(100))).toBe(160);
    expect(blockWeight('h'.repeat(61), '')).toBe(120);
  });
});

describe('addressPieces', () => {
  it('drops the scheme and lets the address wrap only after a slash', () => {
    expect(addressPieces('https://example.org/en/articles/your-rights-in-the-eu-and-uk/')).toEqual(['example.org/', 'en/', 'articles/', 'your-rights-in-the-eu-and-uk/']);
    expect(addressPieces('http://localhost:3000/es/questions/').join('')).toBe('localhost:3000/es/questions/');
  });
  it('keeps a last piece without a slash', () => {
    expect(addressPieces('https://example.org/a/b')).toEqual(['example.org/', 'a/', 'b']);
  });
});

describe('sheetTextStep', () => {
  it('keeps a full sheet at 11 pt and prints a short one larger, never past 14 pt', () => {
    expect(sheetTextStep(1900)).toBe(0);
    expect(sheetTextStep(2400)).toBe(0);
    expect(sheetTextStep(1550)).toBe(1); // 12.2 pt fits
    expect(sheetTextStep(1250)).toBe(2); // 13.6 pt fits
    expect(sheetTextStep(900)).toBe(3); // 16 pt would fit; 14 is the top step
    expect(sheetTextStep(0)).toBe(3);
  });
});

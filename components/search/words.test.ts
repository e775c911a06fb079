import { describe, expect, it } from 'vitest';
import { distinctWords } from './words';

describe('distinctWords', () => {
  it('keeps distinct lowercase words of four letters or more, commonest first', () => {
    expect(distinctWords(['Your face, your SCAN', 'DICOM: a file format for scans', 'Desidentificación y más'])).toEqual([
      'your', 'desidentificación', 'dicom', 'face', 'file', 'format', 'scan', 'scans',
    ]);
  });
  it('splits on punctuation and digits', () => {
    expect(distinctWords(['opt-out 2024rules'])).toEqual(['rules']);
  });
});

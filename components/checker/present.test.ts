import { describe, expect, it } from 'vitest';
import { formatDicomDate, groupFindings, labelFor, modalityLabel } from './present';
import type { Finding } from './types';

const f = (keyword: string, category: Finding['category'], value = 'x'): Finding => ({ tag: '(0000,0000)', keyword, category, value });

describe('groupFindings', () => {
  it('orders groups as the articles do and leaves out empty ones', () => {
    const groups = groupFindings([f('StationName', 'devices'), f('PatientName', 'names'), f('StudyDate', 'dates'), f('OtherPatientNames', 'names')]);
    expect(groups.map((g) => g.category)).toEqual(['names', 'dates', 'devices']);
    expect(groups[0].findings.map((x) => x.keyword)).toEqual(['PatientName', 'OtherPatientNames']);
  });
  it('returns nothing for no findings', () => expect(groupFindings([])).toEqual([]));
});

describe('labelFor', () => {
  it('uses the plain label, else the keyword', () => {
    expect(labelFor('PatientName', { PatientName: 'Your name' })).toBe('Your name');
    expect(labelFor('DetectorID', { PatientName: 'Your name' })).toBe('DetectorID');
    // Not fooled by names every object has.
    expect(labelFor('constructor', {})).toBe('constructor');
  });
});

describe('formatDicomDate', () => {
  it('formats a full date in the page language', () => {
    expect(formatDicomDate('20240312', 'en')).toBe('March 12, 2024');
    expect(formatDicomDate('20240312', 'es')).toBe('12 de marzo de 2024');
    expect(formatDicomDate('2024-03-12', 'en')).toBe('March 12, 2024');
  });
  it('shows odd or impossible dates as found', () => {
    expect(formatDicomDate('2024', 'en')).toBe('2024');
    expect(formatDicomDate('20241341', 'en')).toBe('20241341');
    expect(formatDicomDate('<b>1</b>', 'en')).toBe('<b>1</b>');
    expect(formatDicomDate(undefined, 'en')).toBeUndefined();
  });
});

describe('modalityLabel', () => {
  it('names known codes and keeps the code', () => {
    expect(modalityLabel('MR', { MR: 'MRI' })).toBe('MRI (MR)');
    expect(modalityLabel('CT', { CT: 'CT' })).toBe('CT');
    expect(modalityLabel('IVUS', { MR: 'MRI' })).toBe('IVUS');
  });
});

import { describe, expect, it } from 'vitest';
import { baseName, groupFindings, keywordWords, labelFor, modalityLabel } from './present';
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
    expect(labelFor('PatientName', { PatientName: 'Your name' })).toEqual({ text: 'Your name', english: false });
    expect(labelFor('DetectorID', { PatientName: 'Your name' })).toEqual({ text: 'Detector ID', english: true });
    // Not fooled by names every object has.
    expect(labelFor('constructor', {})).toEqual({ text: 'constructor', english: true });
  });
});

describe('keywordWords', () => {
  it('splits a keyword into words, keeping acronyms whole', () => {
    expect(keywordWords('FrameAcquisitionDateTime')).toBe('Frame acquisition date time');
    expect(keywordWords('SOPInstanceUID')).toBe('SOP instance UID');
    expect(keywordWords('PerformedProcedureStepID')).toBe('Performed procedure step ID');
    expect(keywordWords('X')).toBe('X');
  });
});

describe('modalityLabel', () => {
  it('names known codes and keeps the code', () => {
    expect(modalityLabel('MR', { MR: 'MRI' })).toBe('MRI (MR)');
    expect(modalityLabel('CT', { CT: 'CT' })).toBe('CT');
    expect(modalityLabel('IVUS', { MR: 'MRI' })).toBe('IVUS');
  });
});

describe('baseName', () => {
  it('keeps only the file name, never the folders', () => {
    expect(baseName('TEST_ALEX/CD/IMG0001')).toBe('IMG0001');
    expect(baseName('C:\\Users\\alex\\scan.dcm')).toBe('scan.dcm');
    expect(baseName('scan.dcm')).toBe('scan.dcm');
    expect(baseName('')).toBe('');
  });
});

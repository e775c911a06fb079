import { describe, expect, it } from 'vitest';
import { aggregateStudies, findIdentifiers, isHeadText } from './findIdentifiers';
import { DEFAULTS, SECONDARY_CAPTURE, makeDicom, makeDicomdir } from './fixtures';
import type { Category } from './types';

const EXPECTED: [keyword: string, category: Category, value: string][] = [
  ['PatientName', 'names', DEFAULTS.patientName],
  ['OtherPatientNames', 'names', DEFAULTS.otherPatientNames],
  ['PatientSex', 'names', DEFAULTS.patientSex],
  ['PatientBirthDate', 'dates', DEFAULTS.birthDate],
  ['StudyDate', 'dates', DEFAULTS.studyDate],
  ['StudyTime', 'dates', DEFAULTS.studyTime],
  ['AcquisitionDateTime', 'dates', DEFAULTS.acquisitionDateTime],
  ['PatientAge', 'dates', DEFAULTS.patientAge],
  ['PatientID', 'ids', DEFAULTS.patientId],
  ['AccessionNumber', 'ids', DEFAULTS.accessionNumber],
  ['StudyInstanceUID', 'ids', '2.25.1111111111'],
  ['InstitutionName', 'places', DEFAULTS.institution],
  ['InstitutionAddress', 'places', DEFAULTS.institutionAddress],
  ['ReferringPhysicianName', 'people', DEFAULTS.referringPhysician],
  ['OperatorsName', 'people', DEFAULTS.operatorName],
  ['OperatorsName', 'people', DEFAULTS.nestedName], // inside a sequence
  ['FrameAcquisitionDateTime', 'dates', '20250310101800'], // two sequences down
  ['StationName', 'devices', DEFAULTS.stationName],
  ['DeviceSerialNumber', 'devices', DEFAULTS.deviceSerial],
  ['PatientComments', 'freeText', DEFAULTS.comments],
  ['StudyDescription', 'freeText', DEFAULTS.studyDescription],
  ['SeriesDescription', 'freeText', DEFAULTS.seriesDescription],
  ['ProtocolName', 'freeText', DEFAULTS.protocolName],
];

describe('findIdentifiers', () => {
  for (const transferSyntax of ['explicitLE', 'implicitLE', 'jpegBaseline', 'deflatedLE'] as const) {
    it(`finds every identifying element of the fixture (${transferSyntax})`, () => {
      const report = findIdentifiers(makeDicom({ transferSyntax, privateTags: 3 }));
      for (const [keyword, category, value] of EXPECTED) {
        expect(report.findings).toContainEqual(expect.objectContaining({ keyword, category, value }));
      }
      expect(report.privateTags).toHaveLength(3);
      expect(report.findings.find((f) => f.keyword === 'PatientName')?.tag).toBe('(0010,0010)');
    });
  }

  it('reads a bare dataset without preamble or file meta', () => {
    const report = findIdentifiers(makeDicom({ transferSyntax: 'implicitLE', withMeta: false }));
    expect(report.findings).toContainEqual(expect.objectContaining({ keyword: 'PatientName', value: 'TEST^ALEX' }));
  });

  it('keeps markup as text and joins several values', () => {
    const report = findIdentifiers(makeDicom({ patientName: '<img src=x onerror=alert(1)>', otherPatientNames: 'A^B\\C^D' }));
    expect(report.findings).toContainEqual(expect.objectContaining({ keyword: 'PatientName', value: '<img src=x onerror=alert(1)>' }));
    expect(report.findings).toContainEqual(expect.objectContaining({ keyword: 'OtherPatientNames', value: 'A^B \\ C^D' }));
  });

  it('reads Latin-1 text, as Spanish-language scanners often write it', () => {
    const report = findIdentifiers(makeDicom({ specificCharacterSet: 'ISO_IR 100', patientName: 'MUÑOZ^JOSÉ', institution: 'Clínica Peñalba' }));
    expect(report.findings).toContainEqual(expect.objectContaining({ keyword: 'PatientName', value: 'MUÑOZ^JOSÉ' }));
    expect(report.findings).toContainEqual(expect.objectContaining({ keyword: 'InstitutionName', value: 'Clínica Peñalba' }));
    const utf8 = findIdentifiers(makeDicom({ patientName: 'MUÑOZ^JOSÉ' }));
    expect(utf8.findings).toContainEqual(expect.objectContaining({ keyword: 'PatientName', value: 'MUÑOZ^JOSÉ' }));
  });

  it('shortens a very long text value for display', () => {
    const report = findIdentifiers(makeDicom({ comments: 'word '.repeat(2000) }));
    const value = report.findings.find((f) => f.keyword === 'PatientComments')!.value;
    expect(value).toHaveLength(5001);
    expect(value.endsWith('…')).toBe(true);
  });

  it('leaves out empty elements', () => {
    const report = findIdentifiers(makeDicom({ patientName: '', comments: null }));
    expect(report.findings.map((f) => f.keyword)).not.toContain('PatientName');
    expect(report.findings.map((f) => f.keyword)).not.toContain('PatientComments');
  });
});

describe('flags', () => {
  const flags = (o: Parameters<typeof makeDicom>[0]) => findIdentifiers(makeDicom(o)).flags;
  const notHead = { bodyPart: 'KNEE', studyDescription: 'MRI KNEE', seriesDescription: 'PD FS', protocolName: 'KNEE' };

  it('Burned In Annotation YES', () => {
    expect(flags({ ...notHead, burnedIn: 'YES' })).toEqual(['burnedInYes']);
    expect(flags({ ...notHead, burnedIn: 'NO' })).toEqual([]);
  });
  it('modalities and SOP classes where text in the picture is common', () => {
    expect(flags({ ...notHead, modality: 'US' })).toContain('burnedInCommon');
    expect(flags({ ...notHead, modality: 'OT', sopClassUid: SECONDARY_CAPTURE })).toContain('burnedInCommon');
    expect(flags({ ...notHead, modality: 'MR', sopClassUid: '1.2.840.10008.5.1.4.1.1.7.4' })).toContain('burnedInCommon');
    expect(flags({ ...notHead, modality: 'MR', conversionType: 'WSD' })).toContain('burnedInCommon');
    expect(flags({ ...notHead, modality: 'CT' })).toEqual([]);
  });
  it('head scans from body part, descriptions or protocol', () => {
    expect(flags({ ...notHead, bodyPart: 'HEAD' })).toEqual(['headScan']);
    expect(flags({ ...notHead, studyDescription: 'MRI BRAIN W/WO' })).toEqual(['headScan']);
    expect(flags({ ...notHead, seriesDescription: 'AX T2 ORBITS' })).toEqual(['headScan']);
    expect(flags({ ...notHead, protocolName: 'CT_SINUS' })).toEqual(['headScan']);
    for (const s of ['HEAD', 'Brain MRI', 'SKULL', 'NEURO^ROUTINE', 'FACE', 'IAC', 'TMJ', 'CRANIUM', 'HEADNECK', 'RM CRÁNEO', 'TC CABEZA', 'cerebro'])
      expect(isHeadText(s), s).toBe(true);
    for (const s of ['KNEE', 'L-SPINE FACET', 'CHEST', 'ABDOMEN', 'HEADER', 'SURFACE COIL', ''])
      expect(isHeadText(s), s).toBe(false);
  });
});

describe('aggregateStudies', () => {
  it('groups files by study and de-duplicates findings', () => {
    const a = findIdentifiers(makeDicom({ studyUid: '2.25.1', privateTags: 2 }));
    const b = findIdentifiers(makeDicom({ studyUid: '2.25.1', privateTags: 3, modality: 'PR' }));
    const c = findIdentifiers(makeDicom({ studyUid: '2.25.2', patientName: 'TEST^BLAIR', studyDescription: 'CT CHEST', bodyPart: 'CHEST', protocolName: null, burnedIn: 'YES' }));
    const studies = aggregateStudies([a, b, c]);
    expect(studies).toHaveLength(2);
    const [first, second] = studies;
    expect(first).toMatchObject({ key: 'study-1', files: 2, description: DEFAULTS.studyDescription, date: '2025-03-10', modalities: ['MR', 'PR'], privateCount: 3, flags: ['headScan'] });
    expect(first.findings.filter((f) => f.keyword === 'PatientName')).toHaveLength(1);
    // SOP Instance UIDs differ per file, so both are listed.
    expect(first.findings.filter((f) => f.keyword === 'SOPInstanceUID')).toHaveLength(2);
    expect(second).toMatchObject({ key: 'study-2', files: 1, flags: ['burnedInYes'] });
    // Grouped in the page's order.
    const order = first.findings.map((f) => f.category);
    expect(order.indexOf('names')).toBeLessThan(order.indexOf('dates'));
    expect(order.lastIndexOf('dates')).toBeLessThan(order.indexOf('freeText'));
  });

  it('reports a DICOMDIR as an index entry with the names its records carry', () => {
    const dir = findIdentifiers(
      makeDicomdir([{ patientName: 'TEST^ALEX', patientId: 'TST-1', studyUid: '2.25.1', seriesUid: '2.25.2', sopInstanceUid: '2.25.3', fileId: ['DICOM', 'I0001'] }]),
    );
    expect(dir.isDicomdir).toBe(true);
    const [study] = aggregateStudies([dir]);
    expect(study.dicomdir).toBe(true);
    expect(study.findings).toContainEqual(expect.objectContaining({ keyword: 'PatientName', value: 'TEST^ALEX' }));
    expect(study.findings).toContainEqual(expect.objectContaining({ keyword: 'PatientID', value: 'TST-1' }));
  });
});

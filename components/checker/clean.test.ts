import { describe, expect, it } from 'vitest';
import { LOCAL_ROWS, TABLE_E1_1, profileRow } from './annexE';
import { CleanError, IMPLEMENTATION_CLASS_UID, IMPLEMENTATION_VERSION_NAME, cleanFile, newUid, pickShiftDays, resolveAction, selfCheck, shiftValue } from './clean';
import { DEFAULTS, badLength, makeDicom, makeDicomdir, truncated } from './fixtures';
import { findIdentifiers } from './findIdentifiers';
import { reread } from './testing';
import type { CleanOptions } from './types';

const BASIC: CleanOptions = { dates: 'remove', keepPatientCharacteristics: false, keepDeviceIdentity: false, keepInstitutionIdentity: false, keepDescriptions: false };
const KEEP_ALL: CleanOptions = { dates: 'keep', keepPatientCharacteristics: true, keepDeviceIdentity: true, keepInstitutionIdentity: true, keepDescriptions: true };
const clean = (bytes: Uint8Array, options = BASIC, uidMap = new Map<string, string>(), shift = -400) => cleanFile(bytes, options, uidMap, shift);
const SYNTAXES = ['explicitLE', 'implicitLE', 'jpegBaseline', 'deflatedLE'] as const;

describe('Annex E table', () => {
  it('holds every row of Table E.1-1 (2024e) and finds repeating groups', () => {
    expect(TABLE_E1_1.length).toBe(620);
    expect(new Set(TABLE_E1_1.map((r) => r[0])).size).toBe(620);
    expect(profileRow('00100010')?.[1]).toBe('PatientName');
    expect(profileRow('60024000')?.[1]).toBe('OverlayComments');
    expect(profileRow('00280010')).toBeUndefined();
    expect(LOCAL_ROWS.every((r) => !TABLE_E1_1.some((t) => t[0] === r[0]))).toBe(true);
    expect(profileRow('00100033')?.[1]).toBe('PatientBirthDateInAlternativeCalendar');
  });
  it('resolves combined codes and options', () => {
    expect(resolveAction(profileRow('00080080')!, BASIC)).toBe('X'); // X/Z/D
    expect(resolveAction(profileRow('00080021')!, BASIC)).toBe('X'); // X/D
    expect(resolveAction(profileRow('00100020')!, BASIC)).toBe('Z'); // Z/D
    expect(resolveAction(profileRow('00081140')!, BASIC)).toBe('K'); // X/Z/U*: kept, its contents cleaned
    expect(resolveAction(profileRow('00081155')!, BASIC)).toBe('U');
    expect(resolveAction(profileRow('00080080')!, KEEP_ALL)).toBe('K');
    expect(resolveAction(profileRow('00080020')!, { ...BASIC, dates: 'shift' })).toBe('C');
    expect(resolveAction(profileRow('00104000')!, KEEP_ALL)).toBe('X'); // comments go even with descriptions kept
  });
});

describe('cleanFile, Basic Profile', () => {
  for (const transferSyntax of SYNTAXES) {
    it(`removes or blanks every identifying value, and Pixel Data stays byte-identical (${transferSyntax})`, () => {
      const original = makeDicom({ transferSyntax, privateTags: 4, burnedIn: 'YES', pixelBytes: new Uint8Array(1001).map((_, i) => i % 251) });
      const before = findIdentifiers(original);
      const cleaned = clean(original);
      const after = findIdentifiers(cleaned);
      // Nothing found before is still there (new UIDs and dummies are not the old values).
      const left = after.findings.filter((f) => before.findings.some((b) => b.value === f.value));
      expect(left).toEqual([]);
      // What is left: new UIDs, and a dummy where the profile says D.
      expect(after.findings.map((f) => f.keyword).sort()).toEqual(['FrameAcquisitionDateTime', 'SOPInstanceUID', 'SeriesInstanceUID', 'StudyInstanceUID']);
      expect(after.findings.find((f) => f.keyword === 'FrameAcquisitionDateTime')?.value).toBe('19000101000000');
      expect(after.privateTags).toEqual([]);

      const a = reread(original);
      const b = reread(cleaned);
      expect(b.raw('x7fe00010')).toEqual(a.raw('x7fe00010'));
      // A deflated file is written inflated (explicit VR little endian); the others keep their syntax.
      expect(b.parsed.transferSyntax).toBe(transferSyntax === 'deflatedLE' ? '1.2.840.10008.1.2.1' : a.parsed.transferSyntax);
      // Z and Z/D: emptied.
      for (const key of ['x00100010', 'x00100020', 'x00100030', 'x00080020', 'x00080030', 'x00080050', 'x00080090', 'x00100040']) expect(b.text(key), key).toBe('');
      // X and the combined codes that allow X: removed.
      const removed = ['x00101001', 'x00104000', 'x00081030', 'x0008103e', 'x00080081', 'x00080080', 'x00081010', 'x00181000', 'x00080021', 'x0008002a', 'x00081070', 'x00181030', 'x00101010'];
      for (const key of [...removed, 'x00091000', 'x00090010']) expect(b.has(key), key).toBe(false);
      expect(b.text('x00280301')).toBe('YES'); // pixels are not cleaned, so the flag stays true
      expect(b.text('x00120062')).toBe('YES');
      expect(b.text('x00120063')).toContain('Basic Profile');
      expect(b.item('x00120064')!.string('x00080100')).toBe('113100');
      expect(b.text('x00280303')).toBe('REMOVED');
      expect(b.text('x00280010')).toBe(a.text('x00280010'));
    });
  }

  it('cleans inside nested sequences', () => {
    const b = reread(clean(makeDicom()));
    const item = b.item('x52009229');
    expect(item).toBeDefined();
    expect(item!.elements.x00081070).toBeUndefined();
    const inner = item!.elements.x00209111.items![0].dataSet!;
    expect(inner.string('x00189074')).toBe('19000101000000'); // D: a dummy date-time
  });

  it('writes new file meta: the new SOP Instance UID, no AE titles', () => {
    const b = reread(clean(makeDicom()));
    expect(b.text('x00020003')).toBe(b.text('x00080018'));
    expect(b.text('x00020003')).toMatch(/^2\.25\.\d+$/);
    expect(b.has('x00020016')).toBe(false);
  });

  // Regression: the original's Implementation Class UID and Version Name (the hospital's software) were kept.
  it('names this tool as the writer in the file meta', () => {
    const original = makeDicom();
    expect(reread(original).text('x00020012')).toBe('2.25.99887766554433221100');
    const b = reread(clean(original));
    expect(b.text('x00020012')).toBe(IMPLEMENTATION_CLASS_UID);
    expect(b.text('x00020012')).toMatch(/^2\.25\.[1-9]\d*$/);
    expect(b.text('x00020013')).toBe('BYS_CHECKER_1');
    expect(IMPLEMENTATION_VERSION_NAME.length).toBeLessThanOrEqual(16);
  });

  // Regression: birth and death dates in an alternative calendar were neither found nor removed.
  it('finds and removes birth and death dates in an alternative calendar (local rows)', () => {
    const original = makeDicom({ extra: [{ tag: 0x00100033, vr: 'LO', value: '5745-07-12' }, { tag: 0x00100034, vr: 'LO', value: '5785-01-02' }, { tag: 0x00100035, vr: 'CS', value: 'HEBREW' }] });
    const found = findIdentifiers(original).findings.filter((f) => f.category === 'dates').map((f) => f.keyword);
    expect(found).toEqual(expect.arrayContaining(['PatientBirthDateInAlternativeCalendar', 'PatientDeathDateInAlternativeCalendar']));
    const b = reread(clean(original, KEEP_ALL));
    expect(b.has('x00100033')).toBe(false);
    expect(b.has('x00100034')).toBe(false);
  });

  it('gives a bare dataset a file meta', () => {
    const original = makeDicom({ transferSyntax: 'implicitLE', withMeta: false });
    const b = reread(clean(original));
    expect(b.parsed.hasMeta).toBe(true);
    expect(b.parsed.transferSyntax).toBe('1.2.840.10008.1.2');
    expect(b.raw('x7fe00010')).toEqual(reread(original).raw('x7fe00010'));
  });

  it('keeps Latin-1 text it does not change byte for byte', () => {
    const original = makeDicom({ specificCharacterSet: 'ISO_IR 100', institution: 'Clínica Peñalba', patientName: 'MUÑOZ^JOSÉ' });
    const b = reread(clean(original, { ...BASIC, keepInstitutionIdentity: true }));
    expect(b.text('x00080080')).toBe('Clínica Peñalba');
    expect(b.text('x00100010')).toBe('');
  });

  it('drops group lengths, which would be wrong after cleaning', () => {
    const original = makeDicom();
    // Turn Specific Character Set's tag into (0008,0000), a (retired) group length, 4 bytes long.
    const at = original.findIndex((_, i) => i > 132 && original[i] === 0x08 && original[i + 1] === 0 && original[i + 2] === 0x05 && original[i + 3] === 0);
    expect(reread(original).has('x00080005')).toBe(true);
    original[at + 2] = 0;
    expect(reread(original).has('x00080000')).toBe(true);
    expect(reread(clean(original)).has('x00080000')).toBe(false);
  });

  it('refuses a DICOMDIR and broken files', () => {
    const dir = makeDicomdir([{ patientName: 'TEST^ALEX', patientId: 'X', studyUid: '2.25.1', seriesUid: '2.25.2', sopInstanceUid: '2.25.3', fileId: ['A'] }]);
    expect(() => clean(dir)).toThrow(CleanError);
    expect(() => clean(truncated(makeDicom()))).toThrow();
    expect(() => clean(badLength(makeDicom()))).toThrow();
  });
});

// Regression: "Keep descriptions" kept every *Description and the protocol name.
it('keeps only study and series descriptions when descriptions are kept', () => {
  const original = makeDicom({ extra: [{ tag: 0x00081080, vr: 'LO', value: 'SUSPECTED GLIOMA' }, { tag: 0x00321060, vr: 'LO', value: 'MRI BRAIN FOR DR LOPEZ' }] });
  const b = reread(clean(original, { ...BASIC, keepDescriptions: true }));
  expect(b.text('x00081030')).toBe(DEFAULTS.studyDescription);
  expect(b.text('x0008103e')).toBe(DEFAULTS.seriesDescription);
  expect(b.has('x00081080')).toBe(false); // Admitting Diagnoses Description
  expect(b.has('x00321060')).toBe(false); // Requested Procedure Description
  expect(b.has('x00181030')).toBe(false); // Protocol Name
  expect(b.text('x00120063')).toContain('Clean Descriptors');
});

describe('self-check (regression: a broken cleaned file reached the copy)', () => {
  it('refuses output that does not read back, or whose Pixel Data changed', () => {
    const original = makeDicom({ pixelBytes: new Uint8Array(64).fill(9) });
    const ds = reread(original).parsed.dataSet;
    const good = clean(original);
    expect(() => selfCheck(good, ds)).not.toThrow();
    expect(() => selfCheck(truncated(good), ds)).toThrow(CleanError);
    const changed = good.slice();
    changed[changed.length - 1] ^= 0xff; // the last byte is Pixel Data's
    expect(() => selfCheck(changed, ds)).toThrow(/Pixel Data/);
  });
});

describe('cleanFile, options', () => {
  it('keeps what each option names, and only that', () => {
    const b = reread(clean(makeDicom({ privateTags: 2 }), KEEP_ALL));
    expect(b.text('x00080020')).toBe(DEFAULTS.studyDate);
    expect(b.text('x0008002a')).toBe(DEFAULTS.acquisitionDateTime);
    expect(b.text('x00100040')).toBe(DEFAULTS.patientSex);
    expect(b.text('x00101010')).toBe(DEFAULTS.patientAge);
    expect(b.text('x00081010')).toBe(DEFAULTS.stationName);
    expect(b.text('x00181000')).toBe(DEFAULTS.deviceSerial);
    expect(b.text('x00080080')).toBe(DEFAULTS.institution);
    expect(b.text('x00081030')).toBe(DEFAULTS.studyDescription);
    expect(b.text('x0008103e')).toBe(DEFAULTS.seriesDescription);
    expect(b.has('x00181030')).toBe(false); // protocol name: not a study or series description
    // Never kept by any option offered:
    expect(b.text('x00100010')).toBe('');
    expect(b.text('x00100020')).toBe('');
    expect(b.text('x00100030')).toBe('');
    expect(b.has('x00104000')).toBe(false);
    expect(b.has('x00091000')).toBe(false);
    expect(b.text('x00120063')).toContain('Retain Device Identity');
    expect(b.text('x00280303')).toBe('UNMODIFIED');
    const codes = b.parsed.dataSet.elements.x00120064.items!.map((i) => i.dataSet!.string('x00080100'));
    expect(codes).toEqual(['113100', '113106', '113108', '113109', '113112', '113105']);
  });

  it('shifts dates by the batch shift and keeps times', () => {
    const b = reread(clean(makeDicom(), { ...BASIC, dates: 'shift' }, new Map(), -10));
    expect(b.text('x00080020')).toBe('20250228');
    expect(b.text('x00080021')).toBe('20250228'); // X/D under Modified Dates: C, shifted
    expect(b.text('x0008002a')).toBe('20250228101732.000000');
    expect(b.text('x00080030')).toBe(DEFAULTS.studyTime);
    expect(b.text('x00100030')).toBe(''); // birth date is not a longitudinal date
    expect(b.text('x00280303')).toBe('MODIFIED');
    expect(b.text('x00120063')).toContain('Retain Longitudinal Modified Dates');
    const nested = b.item('x52009229')!.elements.x00209111.items![0].dataSet!;
    expect(nested.string('x00189074')).toBe('20250228101800');
  });

  it('shiftValue handles several values and ranges, and refuses what is not a date', () => {
    expect(shiftValue('20240301\\20240229', 'DA', -1)).toBe('20240229\\20240228');
    expect(shiftValue('20240101-20240131', 'DA', 31)).toBe('20240201-20240302');
    expect(shiftValue('-20240131', 'DA', 1)).toBe('-20240201');
    expect(shiftValue('20241340', 'DA', 1)).toBeUndefined();
    expect(shiftValue('2024-03-10', 'DA', 1)).toBeUndefined();
    expect(shiftValue('ANONYMOUS', 'DT', 1)).toBeUndefined();
  });

  // Regression: a DT with a UTC offset was split at its "-" as if it were a range, and emptied.
  it('shiftValue reads DT offsets, fractions and partial values before ranges', () => {
    expect(shiftValue('20250310101800-0500', 'DT', -10)).toBe('20250228101800-0500');
    expect(shiftValue('20250310101800+0100', 'DT', -10)).toBe('20250228101800+0100');
    expect(shiftValue('20250310101800.123456', 'DT', -10)).toBe('20250228101800.123456');
    expect(shiftValue('20250310101800.5-0500', 'DT', -10)).toBe('20250228101800.5-0500');
    expect(shiftValue('2025031010', 'DT', -10)).toBe('2025022810');
    expect(shiftValue('202503', 'DT', -31)).toBe('202502'); // a month moves by its middle day
    expect(shiftValue('2025', 'DT', -400)).toBe('2024'); // a year too
    expect(shiftValue('2025', 'DA', -400)).toBe('2024'); // not valid DA, but shifted rather than lost
    expect(shiftValue('2025.03.10', 'DA', -10)).toBe('20250228'); // ACR-NEMA form, written as DA
    expect(shiftValue('20250310101800-0500-20250311101800-0500', 'DT', 1)).toBe('20250311101800-0500-20250312101800-0500');
    expect(shiftValue('20250310-20250311', 'DT', 1)).toBe('20250311-20250312');
  });

  // Regression: Retain Device Identity's K kept calibration dates real under Modified Dates.
  it('shifts device dates too when device identity is kept, and removes the binary timestamps', () => {
    const extra = [
      { tag: 0x00181200, vr: 'DA', value: '20240115' }, // Date of Last Calibration
      { tag: 0x00181202, vr: 'DT', value: '20240115083000+0100' }, // DateTime of Last Calibration
      { tag: 0x00181201, vr: 'TM', value: '083000' }, // Time of Last Calibration
      { tag: 0x00340007, vr: 'OB', value: new Uint8Array(10).fill(3) }, // Frame Origin Timestamp
      { tag: 0x04000310, vr: 'OB', value: new Uint8Array(8).fill(4) }, // Certified Timestamp
    ];
    const original = makeDicom({ extra });
    const b = reread(clean(original, { ...BASIC, dates: 'shift', keepDeviceIdentity: true }, new Map(), -10));
    expect(b.text('x00181200')).toBe('20240105');
    expect(b.text('x00181202')).toBe('20240105083000+0100');
    expect(b.text('x00181201')).toBe('083000');
    expect(b.text('x00181000')).toBe(DEFAULTS.deviceSerial);
    expect(b.has('x00340007')).toBe(false);
    expect(b.has('x04000310')).toBe(false);
    const kept = reread(clean(original, { ...BASIC, dates: 'keep' }));
    expect(kept.raw('x00340007')).toEqual(reread(original).raw('x00340007'));
    expect(kept.text('x00181200')).toBe('20240115');
  });
});

describe('a batch', () => {
  it('maps UIDs consistently across files, so studies and series stay grouped', () => {
    const uidMap = new Map<string, string>();
    const one = reread(clean(makeDicom({ studyUid: '2.25.10', seriesUid: '2.25.11' }), BASIC, uidMap));
    const two = reread(clean(makeDicom({ studyUid: '2.25.10', seriesUid: '2.25.11' }), BASIC, uidMap));
    const other = reread(clean(makeDicom({ studyUid: '2.25.20', seriesUid: '2.25.21' }), BASIC, uidMap));
    expect(one.text('x0020000d')).toBe(two.text('x0020000d'));
    expect(one.text('x0020000e')).toBe(two.text('x0020000e'));
    expect(one.text('x0020000d')).not.toBe('2.25.10');
    expect(other.text('x0020000d')).not.toBe(one.text('x0020000d'));
    expect(one.text('x00080018')).not.toBe(two.text('x00080018'));
    expect(uidMap.get('2.25.10')).toBe(one.text('x0020000d'));
  });

  it('references between files still match: Referenced Image Sequence is kept and its UIDs mapped', () => {
    const uidMap = new Map<string, string>();
    const image = reread(clean(makeDicom({ sopInstanceUid: '2.25.500' }), BASIC, uidMap));
    const pointer = reread(clean(makeDicom({ referencedSopInstanceUid: '2.25.500' }), BASIC, uidMap));
    const item = pointer.item('x00081140')!;
    expect(item.string('x00081155')).toBe(image.text('x00080018'));
    expect(item.string('x00081150')).toBe('1.2.840.10008.5.1.4.1.1.4');
  });

  it('new UIDs are 2.25 UIDs of at most 64 characters; the shift is whole days back', () => {
    for (let i = 0; i < 50; i++) {
      const uid = newUid();
      expect(uid).toMatch(/^2\.25\.(0|[1-9]\d*)$/);
      expect(uid.length).toBeLessThanOrEqual(64);
      const days = pickShiftDays();
      expect(Number.isInteger(days) && days <= -365 && days >= -3650).toBe(true);
    }
  });
});

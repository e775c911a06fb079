/**
 * Regression: UN-encoded sequences (issue 19 review). In an explicit-VR file a sequence whose VR a
 * converter lost arrives as UN with implicit-VR items. With a declared length dicom-parser did not
 * read its items (values inside were neither found nor cleaned); with an undefined length the
 * items were copied into the explicit stream with implicit headers (a corrupt file).
 */
import { describe, expect, it } from 'vitest';
import { cleanFile } from './clean';
import { PREAMBLE, concat, delimiter, element, elementHeader, metaGroup, textBytes, UNDEFINED_LENGTH } from './encode';
import { findIdentifiers } from './findIdentifiers';
import { reread } from './testing';
import type { CleanOptions } from './types';

const BASIC: CleanOptions = { dates: 'remove', keepPatientCharacteristics: false, keepDeviceIdentity: false, keepInstitutionIdentity: false, keepDescriptions: false };
const text = (tag: number, vr: string, v: string, explicit = true) => element(tag, vr, textBytes(v, vr), explicit);
const PIXELS = new Uint8Array(16).fill(7);

// Implicit-VR item contents: a date-time and a referenced UID, both identifying, and a value the
// profile keeps (Radiopharmaceutical, no table row), which must be copied with a new header.
const itemBody = concat([
  ...text(0x00180031, 'LO', 'FDG', false),
  ...text(0x00181078, 'DT', '20250310101800', false),
  ...text(0x00081155, 'UI', '1.2.3.999.1', false),
]);

function file(un: Uint8Array[]) {
  return concat([
    PREAMBLE,
    metaGroup([
      { tag: 0x00020001, vr: 'OB', value: new Uint8Array([0, 1]) },
      { tag: 0x00020002, vr: 'UI', value: textBytes('1.2.840.10008.5.1.4.1.1.128', 'UI') },
      { tag: 0x00020003, vr: 'UI', value: textBytes('1.2.3.4.5', 'UI') },
      { tag: 0x00020010, vr: 'UI', value: textBytes('1.2.840.10008.1.2.1', 'UI') },
    ]),
    ...text(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.128'),
    ...text(0x00080018, 'UI', '1.2.3.4.5'),
    ...un,
    ...text(0x00100010, 'PN', 'DOE^JANE'),
    ...element(0x7fe00010, 'OW', PIXELS, true),
  ]);
}

const item = concat([delimiter(0xe000, itemBody.length), itemBody]);
const CASES = {
  // Referenced Image Sequence (0008,1140): table VR SQ, undefined length.
  'undefined length, table VR SQ': file([elementHeader(0x00081140, 'UN', UNDEFINED_LENGTH, true), item, delimiter(0xe0dd, 0)]),
  // Radiopharmaceutical Information Sequence (0054,0016): no table row, declared length.
  'declared length, no table row': file([elementHeader(0x00540016, 'UN', item.length, true), item]),
  // Referenced Image Sequence with a declared length.
  'declared length, table VR SQ': file([elementHeader(0x00081140, 'UN', item.length, true), item]),
};

describe('UN-encoded sequences', () => {
  for (const [name, bytes] of Object.entries(CASES)) {
    it(`finds what their items hold (${name})`, () => {
      const found = findIdentifiers(bytes).findings.map((f) => `${f.keyword}=${f.value}`);
      expect(found).toContain('RadiopharmaceuticalStartDateTime=20250310101800');
      expect(found).toContain('ReferencedSOPInstanceUID=1.2.3.999.1');
    });

    it(`cleans their items and writes them back as SQ (${name})`, () => {
      const uidMap = new Map<string, string>();
      const cleaned = cleanFile(bytes, BASIC, uidMap, -400);
      const latin = Buffer.from(cleaned).toString('latin1');
      expect(latin).not.toContain('20250310');
      expect(latin).not.toContain('1.2.3.999.1');
      const b = reread(cleaned); // throws if the output is not well formed
      const key = name.includes('no table row') ? 'x00540016' : 'x00081140';
      expect(b.parsed.dataSet.elements[key].vr).toBe('SQ');
      const inner = b.item(key)!;
      expect(inner.elements.x00181078).toBeUndefined(); // X
      expect(inner.string('x00180031')).toBe('FDG'); // K, re-encoded as explicit VR
      expect(inner.string('x00081155')).toBe(uidMap.get('1.2.3.999.1')); // U, mapped
      expect(b.raw('x7fe00010').subarray(-16)).toEqual(PIXELS);
    });
  }

  it('removes a UN the table calls SQ when its value does not read as items', () => {
    const junk = textBytes('NOT ITEMS AT ALL', 'LO');
    const bytes = file([elementHeader(0x00081140, 'UN', junk.length, true), junk]);
    expect(reread(cleanFile(bytes, BASIC, new Map(), -400)).has('x00081140')).toBe(false);
  });

  it('keeps a public UN without a table row that is a plain value, not a sequence', () => {
    const value = new Uint8Array([1, 0, 2, 0]);
    const bytes = file([elementHeader(0x00181310, 'UN', value.length, true), value]); // Acquisition Matrix, VR lost
    const b = reread(cleanFile(bytes, BASIC, new Map(), -400));
    expect(b.raw('x00181310').subarray(-4)).toEqual(value);
  });
});

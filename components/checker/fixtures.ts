/**
 * Invented DICOM files for tests, built from known values (never real patient data).
 * Pure TypeScript, no fs and no DOM: unit tests use it in Node, and the e2e helper writes
 * its output to a temp dir to choose through the page's file input.
 *
 *   makeDicom({ patientName: 'TEST^ALEX', modality: 'MR', seriesDescription: 'BRAIN T1' }) → Uint8Array (.dcm)
 *   makeDicom({ transferSyntax: 'jpegBaseline', pixelBytes }) → encapsulated (compressed) Pixel Data
 *   makeDicom({ transferSyntax: 'implicitLE', withMeta: false }) → a bare dataset, as old CDs hold
 *   makeDicom({ specificCharacterSet: 'ISO_IR 100', patientName: 'MUÑOZ^JOSÉ' }) → Latin-1 text
 *   makeDicomdir([{ patientName, patientId, studyUid, seriesUid, sopInstanceUid, fileId: ['IMG', 'I1'] }])
 *   truncated(bytes, keep?) / badLength(bytes) → corrupt variants
 * Every field has an invented default (see DEFAULTS); pass null to leave an element out.
 */
import { deflateSync } from 'fflate';
import { PREAMBLE, concat, delimiter, element, metaGroup, textBytes, UNDEFINED_LENGTH } from './encode';

export const TS = {
  explicitLE: '1.2.840.10008.1.2.1',
  implicitLE: '1.2.840.10008.1.2',
  jpegBaseline: '1.2.840.10008.1.2.4.50',
  deflatedLE: '1.2.840.10008.1.2.1.99',
} as const;
export const MR_IMAGE = '1.2.840.10008.5.1.4.1.1.4';
export const SECONDARY_CAPTURE = '1.2.840.10008.5.1.4.1.1.7';
export const MEDIA_STORAGE_DIRECTORY = '1.2.840.10008.1.3.10';

export type FixtureOptions = {
  transferSyntax?: keyof typeof TS;
  /** false: no preamble and no file meta (implicit VR only). */
  withMeta?: boolean;
  sopClassUid?: string;
  sopInstanceUid?: string;
  studyUid?: string;
  seriesUid?: string;
  patientName?: string | null;
  otherPatientNames?: string | null;
  birthDate?: string | null;
  patientId?: string | null;
  patientSex?: string | null;
  patientAge?: string | null;
  accessionNumber?: string | null;
  studyDate?: string | null;
  studyTime?: string | null;
  seriesDate?: string | null;
  acquisitionDateTime?: string | null;
  institution?: string | null;
  institutionAddress?: string | null;
  referringPhysician?: string | null;
  operatorName?: string | null;
  stationName?: string | null;
  deviceSerial?: string | null;
  comments?: string | null;
  studyDescription?: string | null;
  seriesDescription?: string | null;
  protocolName?: string | null;
  modality?: string;
  bodyPart?: string | null;
  conversionType?: string | null;
  burnedIn?: 'YES' | 'NO' | null;
  /** A sequence not in the profile holding a person's name and a date two levels down. */
  nestedName?: string | null;
  /** Referenced Image Sequence (0008,1140) pointing at this SOP Instance UID (as a localizer or a presentation state does). */
  referencedSopInstanceUid?: string | null;
  /** Private (vendor) elements: this many, in group 0x0009 under one private creator. */
  privateTags?: number;
  specificCharacterSet?: string | null;
  pixelBytes?: Uint8Array;
  /** Any other elements, text (padded here) or bytes as they are. */
  extra?: { tag: number; vr: string; value: string | Uint8Array }[];
};

export const DEFAULTS = {
  patientName: 'TEST^ALEX',
  otherPatientNames: 'SAMPLE^ALEXIS',
  birthDate: '19800214',
  patientId: 'TST-000123',
  patientSex: 'F',
  patientAge: '045Y',
  accessionNumber: 'ACC-98765',
  studyDate: '20250310',
  studyTime: '101500',
  seriesDate: '20250310',
  acquisitionDateTime: '20250310101732.000000',
  institution: 'Example General Hospital',
  institutionAddress: '1 Fictional Road, Testville',
  referringPhysician: 'DOE^JORDAN^^DR',
  operatorName: 'TECH^RILEY',
  stationName: 'MRSCAN01',
  deviceSerial: 'SN-4242-TEST',
  comments: 'Patient anxious, see notes',
  studyDescription: 'MRI BRAIN W/O CONTRAST',
  seriesDescription: 'T1 SAG',
  protocolName: 'BRAIN ROUTINE',
  bodyPart: 'HEAD',
  nestedName: 'NESTED^CASEY',
} as const;

type Entry = { tag: number; vr: string; value: Uint8Array } | { tag: number; vr: 'SQ'; items: Entry[][] } | { tag: number; raw: Uint8Array[] };

let counter = 0;
/** Fixture UIDs: valid, unique within a run, obviously invented. */
export const fixtureUid = () => `2.25.1000${Date.now() % 1e9}${++counter}`;

function text(tag: number, vr: string, value: string | null | undefined, latin1 = false): Entry[] {
  if (value == null) return [];
  if (!latin1) return [{ tag, vr, value: textBytes(value, vr) }];
  const bytes = Uint8Array.from(value + (value.length % 2 ? ' ' : ''), (c) => c.charCodeAt(0));
  return [{ tag, vr, value: bytes }];
}
const u16 = (n: number) => new Uint8Array(new Uint16Array([n]).buffer);

function encode(entries: Entry[], explicit: boolean): Uint8Array[] {
  const sorted = [...entries].sort((a, b) => a.tag - b.tag);
  return sorted.flatMap((e) => {
    if ('raw' in e) return e.raw;
    if ('items' in e) {
      return [
        ...element(e.tag, 'SQ', new Uint8Array(0), explicit).slice(0, 1).map((h) => patchLength(h, explicit)),
        ...e.items.flatMap((item) => [delimiter(0xe000, UNDEFINED_LENGTH), ...encode(item, explicit), delimiter(0xe00d, 0)]),
        delimiter(0xe0dd, 0),
      ];
    }
    return element(e.tag, e.vr, e.value, explicit);
  });
}
/** Sequences are written with undefined length, as most scanners do. */
function patchLength(header: Uint8Array, explicit: boolean): Uint8Array {
  new DataView(header.buffer).setUint32(explicit ? 8 : 4, UNDEFINED_LENGTH, true);
  return header;
}

function pixelData(ts: keyof typeof TS, pixels: Uint8Array, explicit: boolean): Entry {
  if (ts !== 'jpegBaseline') return { tag: 0x7fe00010, raw: element(0x7fe00010, 'OW', pixels, explicit) };
  const fragment = pixels.length % 2 ? concat([pixels, new Uint8Array(1)]) : pixels;
  return {
    tag: 0x7fe00010,
    raw: [
      patchLength(element(0x7fe00010, 'OB', new Uint8Array(0), true)[0], true),
      delimiter(0xe000, 0), // empty Basic Offset Table
      delimiter(0xe000, fragment.length),
      fragment,
      delimiter(0xe0dd, 0),
    ],
  };
}

function fileWith(dataset: Entry[], opts: { ts: keyof typeof TS; sopClassUid: string; sopInstanceUid: string; withMeta: boolean }): Uint8Array {
  const explicit = opts.ts !== 'implicitLE';
  const encoded = encode(dataset, explicit);
  // Deflated: everything after the file meta is one raw DEFLATE stream (PS3.5 A.5).
  const body = opts.ts === 'deflatedLE' ? [deflateSync(concat(encoded))] : encoded;
  if (!opts.withMeta) return concat(body);
  const meta = metaGroup([
    { tag: 0x00020001, vr: 'OB', value: new Uint8Array([0, 1]) },
    { tag: 0x00020002, vr: 'UI', value: textBytes(opts.sopClassUid, 'UI') },
    { tag: 0x00020003, vr: 'UI', value: textBytes(opts.sopInstanceUid, 'UI') },
    { tag: 0x00020010, vr: 'UI', value: textBytes(TS[opts.ts], 'UI') },
    { tag: 0x00020012, vr: 'UI', value: textBytes('2.25.99887766554433221100', 'UI') },
    { tag: 0x00020016, vr: 'AE', value: textBytes('HOSPITAL_PACS', 'AE') },
  ]);
  return concat([PREAMBLE, meta, ...body]);
}

export function makeDicom(o: FixtureOptions = {}): Uint8Array {
  const v = { ...DEFAULTS, ...o };
  const ts = o.transferSyntax ?? 'explicitLE';
  const charset = o.specificCharacterSet === undefined ? 'ISO_IR 192' : o.specificCharacterSet;
  // ISO_IR 100 (Latin-1): how many Spanish and Latin American scanners write ñ and accents.
  const t = (tag: number, vr: string, value: string | null | undefined) => text(tag, vr, value, charset === 'ISO_IR 100');
  const sopClassUid = o.sopClassUid ?? MR_IMAGE;
  const sopInstanceUid = o.sopInstanceUid ?? fixtureUid();
  const pixels = o.pixelBytes ?? new Uint8Array(64).map((_, i) => (i * 37) & 0xff);
  const priv: Entry[] =
    o.privateTags && o.privateTags > 0
      ? [
          ...t(0x00090010, 'LO', 'ACME_PRIVATE'),
          ...Array.from({ length: o.privateTags }, (_, i) => text(0x00091000 + i, 'LO', `vendor value ${i}`)).flat(),
        ]
      : [];
  const nested: Entry[] =
    v.nestedName == null
      ? []
      : [
          {
            tag: 0x52009229, // Shared Functional Groups Sequence (kept by the profile; its contents are not)
            vr: 'SQ',
            items: [
              [
                ...t(0x00081070, 'PN', v.nestedName),
                { tag: 0x00209111, vr: 'SQ', items: [[...t(0x00189074, 'DT', '20250310101800')]] },
              ],
            ],
          },
        ];
  const references: Entry[] =
    o.referencedSopInstanceUid == null
      ? []
      : [{ tag: 0x00081140, vr: 'SQ', items: [[...t(0x00081150, 'UI', MR_IMAGE), ...t(0x00081155, 'UI', o.referencedSopInstanceUid)]] }];
  const dataset: Entry[] = [
    ...references,
    ...text(0x00080005, 'CS', charset),
    ...t(0x00080016, 'UI', sopClassUid),
    ...t(0x00080018, 'UI', sopInstanceUid),
    ...t(0x00080020, 'DA', v.studyDate),
    ...t(0x00080021, 'DA', v.seriesDate),
    ...t(0x0008002a, 'DT', v.acquisitionDateTime),
    ...t(0x00080030, 'TM', v.studyTime),
    ...t(0x00080050, 'SH', v.accessionNumber),
    ...t(0x00080060, 'CS', o.modality ?? 'MR'),
    ...t(0x00080064, 'CS', v.conversionType ?? null),
    ...t(0x00080080, 'LO', v.institution),
    ...t(0x00080081, 'ST', v.institutionAddress),
    ...t(0x00080090, 'PN', v.referringPhysician),
    ...t(0x00081010, 'SH', v.stationName),
    ...t(0x00081030, 'LO', v.studyDescription),
    ...t(0x0008103e, 'LO', v.seriesDescription),
    ...t(0x00081070, 'PN', v.operatorName),
    ...priv,
    ...t(0x00100010, 'PN', v.patientName),
    ...t(0x00100020, 'LO', v.patientId),
    ...t(0x00100030, 'DA', v.birthDate),
    ...t(0x00100040, 'CS', v.patientSex),
    ...t(0x00101001, 'PN', v.otherPatientNames),
    ...t(0x00101010, 'AS', v.patientAge),
    ...t(0x00104000, 'LT', v.comments),
    ...t(0x00180015, 'CS', v.bodyPart),
    ...t(0x00181000, 'LO', v.deviceSerial),
    ...t(0x00181030, 'LO', v.protocolName),
    ...t(0x0020000d, 'UI', o.studyUid ?? '2.25.1111111111'),
    ...t(0x0020000e, 'UI', o.seriesUid ?? '2.25.2222222222'),
    { tag: 0x00280002, vr: 'US', value: u16(1) },
    { tag: 0x00280010, vr: 'US', value: u16(4) },
    { tag: 0x00280011, vr: 'US', value: u16(8) },
    ...t(0x00280301, 'CS', v.burnedIn ?? null),
    ...nested,
    ...(o.extra ?? []).map((e) => ({ tag: e.tag, vr: e.vr, value: typeof e.value === 'string' ? textBytes(e.value, e.vr) : e.value })),
    pixelData(ts, pixels, ts !== 'implicitLE'),
  ];
  return fileWith(dataset, { ts, sopClassUid, sopInstanceUid, withMeta: o.withMeta ?? true });
}

export type DicomdirEntry = {
  patientName: string;
  patientId: string;
  studyUid: string;
  seriesUid: string;
  sopInstanceUid: string;
  studyDate?: string;
  /** Path components as the CD stores them, e.g. ['DICOM', 'IMG0001']. */
  fileId: string[];
};

/** A DICOMDIR (the CD's index): one PATIENT, STUDY, SERIES and IMAGE record per entry. Offsets are left 0. */
export function makeDicomdir(entries: DicomdirEntry[]): Uint8Array {
  const record = (type: string, rest: Entry[]): Entry[] => [
    { tag: 0x00041400, vr: 'UL', value: new Uint8Array(4) },
    { tag: 0x00041410, vr: 'US', value: u16(0xffff) },
    { tag: 0x00041420, vr: 'UL', value: new Uint8Array(4) },
    ...text(0x00041430, 'CS', type),
    ...rest,
  ];
  const items = entries.flatMap((e) => [
    record('PATIENT', [...text(0x00100010, 'PN', e.patientName), ...text(0x00100020, 'LO', e.patientId)]),
    record('STUDY', [...text(0x00080020, 'DA', e.studyDate ?? '20250310'), ...text(0x0020000d, 'UI', e.studyUid)]),
    record('SERIES', [...text(0x00080060, 'CS', 'MR'), ...text(0x0020000e, 'UI', e.seriesUid)]),
    record('IMAGE', [...text(0x00041500, 'CS', e.fileId.join('\\')), ...text(0x00041511, 'UI', e.sopInstanceUid)]),
  ]);
  const dataset: Entry[] = [
    ...text(0x00041130, 'CS', 'TEST_CD'),
    { tag: 0x00041200, vr: 'UL', value: new Uint8Array(4) },
    { tag: 0x00041202, vr: 'UL', value: new Uint8Array(4) },
    { tag: 0x00041212, vr: 'US', value: u16(0) },
    { tag: 0x00041220, vr: 'SQ', items },
  ];
  return fileWith(dataset, { ts: 'explicitLE', sopClassUid: MEDIA_STORAGE_DIRECTORY, sopInstanceUid: fixtureUid(), withMeta: true });
}

/** The first `keep` bytes (default: cut in the middle of the dataset). */
export const truncated = (bytes: Uint8Array, keep = Math.floor(bytes.length * 0.6)) => bytes.slice(0, keep);

/** Patient Name's 2-byte length set far past the end of the file. */
export function badLength(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  for (let i = 132; i < out.length - 8; i += 1) {
    if (out[i] === 0x10 && out[i + 1] === 0 && out[i + 2] === 0x10 && out[i + 3] === 0 && out[i + 4] === 0x50 && out[i + 5] === 0x4e) {
      out[i + 6] = 0xf0;
      out[i + 7] = 0xff;
      return out;
    }
  }
  throw new Error('badLength: no explicit-VR Patient Name found');
}

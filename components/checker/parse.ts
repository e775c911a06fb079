/**
 * Reading a file: what kind it is (by content, never by name) and its parsed header.
 * dicom-parser does the parsing; this module only adds the checks it leaves to callers.
 */
import * as dicomParser from 'dicom-parser';
import type { DataSet, Element } from 'dicom-parser';
import { inflateSync } from 'fflate';
import { profileRow } from './annexE';
import { headerLength } from './encode';
import { MAX_FILE_BYTES, type SkipReason } from './types';

export const IMPLICIT_LE = '1.2.840.10008.1.2';
export const EXPLICIT_LE = '1.2.840.10008.1.2.1';
export const DEFLATED = '1.2.840.10008.1.2.1.99';
export const BIG_ENDIAN = '1.2.840.10008.1.2.2';
// dicom-parser ships one UMD file: bundlers see its named exports, Node's ESM loader (the
// benchmark) only a default export holding them.
const parseDicom: typeof dicomParser.parseDicom =
  dicomParser.parseDicom ?? (dicomParser as unknown as { default: typeof dicomParser }).default.parseDicom;

const lib: typeof dicomParser = 'readSequenceItemsImplicit' in dicomParser ? dicomParser : (dicomParser as unknown as { default: typeof dicomParser }).default;
const readSequenceItemsImplicit = lib.readSequenceItemsImplicit;
const littleEndian = lib.littleEndianByteArrayParser;

export const MEDIA_STORAGE_DIRECTORY = '1.2.840.10008.1.3.10';
export const PIXEL_DATA = 'x7fe00010';

const starts = (b: Uint8Array, sig: number[], at = 0) => sig.every((byte, i) => b[at + i] === byte);

/** Has a Part 10 preamble ("DICM" at byte 128). */
export const hasPreamble = (head: Uint8Array) => starts(head, [0x44, 0x49, 0x43, 0x4d], 128);

/**
 * A bare dataset without preamble (old CDs, some exports) starts with an even group number
 * no higher than 0x0010 and a plausible implicit-VR length. Anything else is not DICOM.
 */
function looksLikeRawDataset(head: Uint8Array, size: number): boolean {
  if (head.length < 8) return false;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const group = view.getUint16(0, true);
  const length = view.getUint32(4, true);
  return group % 2 === 0 && group >= 0x0002 && group <= 0x0010 && length < size;
}

/** `head`: the first bytes of the file (at least 132 when the file has them); `size`: the whole file's. */
export function classifyFile(head: Uint8Array, size: number): SkipReason | 'dicom' {
  if (size === 0) return 'empty';
  if (size > MAX_FILE_BYTES) return 'tooLarge';
  if (starts(head, [0x50, 0x4b, 0x03, 0x04]) || starts(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (
    starts(head, [0xff, 0xd8, 0xff]) || // JPEG
    starts(head, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    starts(head, [0x47, 0x49, 0x46, 0x38]) || // GIF
    starts(head, [0x49, 0x49, 0x2a, 0x00]) || // TIFF
    starts(head, [0x4d, 0x4d, 0x00, 0x2a]) ||
    (starts(head, [0x52, 0x49, 0x46, 0x46]) && starts(head, [0x57, 0x45, 0x42, 0x50], 8)) // WebP
  )
    return 'image';
  if (hasPreamble(head)) return 'dicom';
  return looksLikeRawDataset(head, size) ? 'dicom' : 'notDicom';
}

export type Parsed = {
  dataSet: DataSet;
  transferSyntax: string;
  explicit: boolean;
  hasMeta: boolean;
  /** Pixel Data was reached (header-only reads stop there). */
  reachedPixelData: boolean;
};

/** Deflated files: dicom-parser leaves inflating to its caller in the browser. */
function inflater(bytes: Uint8Array, position: number): Uint8Array {
  const body = inflateSync(bytes.subarray(position));
  const out = new Uint8Array(position + body.length);
  out.set(bytes.subarray(0, position));
  out.set(body, position);
  return out;
}

export class ParseError extends Error {
  /** What dicom-parser had read when it failed, when it says (readHeader uses it to tell a cut slice from garbage). */
  partial?: DataSet;
  /** A deflated body did not inflate: in a slice of the file, that only means the slice ends early. */
  inflate?: boolean;
  /** With `partial`: where the last element read ends (or the file meta, when none was read): the failure is there or after. */
  stoppedAt?: number;
}

/** Where the last element of a dataset ends, as declared (which may lie past the bytes read). */
export function furthest(ds: DataSet): number {
  let end = 0;
  for (const el of Object.values(ds.elements)) end = Math.max(end, el.dataOffset + (el.hadUndefinedLength ? 0 : el.length));
  return end;
}

function metaEnd(bytes: Uint8Array): number {
  try {
    return (lib.readPart10Header(bytes) as DataSet & { position: number }).position;
  } catch {
    return 0;
  }
}

/**
 * Parses the whole buffer, or with `headerOnly` stops at Pixel Data. Throws ParseError when the
 * bytes are not a readable dataset, including lengths that run past the end (truncated files,
 * which dicom-parser reports only as warnings).
 */
export function parse(bytes: Uint8Array, { headerOnly = false, complete = true } = {}): Parsed {
  const withMeta = hasPreamble(bytes);
  let dataSet: DataSet;
  let inflateFailed = false;
  const inflate = (b: Uint8Array, position: number) => {
    try {
      return inflater(b, position);
    } catch (e) {
      inflateFailed = true;
      throw e;
    }
  };
  try {
    dataSet = parseDicom(bytes, {
      ...(withMeta ? {} : { TransferSyntaxUID: IMPLICIT_LE }),
      ...(headerOnly ? { untilTag: PIXEL_DATA } : {}),
      inflater: inflate,
    } as Parameters<typeof parseDicom>[1]);
  } catch (e) {
    // dicom-parser throws strings, Errors, or { exception, dataSet } objects.
    const cause = (e as { exception?: unknown })?.exception ?? e;
    const error = new ParseError(typeof cause === 'string' ? cause : cause instanceof Error ? cause.message : 'parse failed');
    error.partial = (e as { dataSet?: DataSet })?.dataSet;
    error.inflate = inflateFailed;
    if (error.partial) error.stoppedAt = Math.max(furthest(error.partial), withMeta ? metaEnd(bytes) : 0);
    throw error;
  }
  const transferSyntax = (dataSet.string('x00020010') ?? IMPLICIT_LE).replace(/\0/g, '').trim();
  const explicit = transferSyntax !== IMPLICIT_LE;
  const reachedPixelData = PIXEL_DATA in dataSet.elements;
  if (explicit) readUnSequences(dataSet);
  // A header-only read of a slice legitimately ends mid-file; anything else must fit the bytes.
  if (complete || reachedPixelData) checkLengths(dataSet, explicit, headerOnly);
  if (!withMeta && Object.keys(dataSet.elements).length < 2) throw new ParseError('no dataset');
  return { dataSet, transferSyntax, explicit, hasMeta: withMeta, reachedPixelData };
}

/**
 * UN elements that fail to read as the sequence they should be. The cleaner removes them: their
 * contents cannot be checked, so they cannot be kept.
 */
export const UNREADABLE_UN = new WeakSet<Element>();

const ITEM_TAG = [0xfe, 0xff, 0x00, 0xe0];

/**
 * A sequence whose VR a converter lost arrives in an explicit-VR file as UN, and its value is then
 * encoded as implicit VR little endian (PS3.5 6.2.2). dicom-parser reads the items of such a UN
 * when its length is undefined, but not when it is declared, so they would be neither checked nor
 * cleaned. Read them here, for public elements the table calls SQ and for public elements without
 * a row whose value starts with an item tag. A UN without a row that does not start with one is a
 * plain value (a newer attribute the converter did not know) and is left alone. After this, a UN
 * element with `items` always has implicit-VR items.
 */
function readUnSequences(dataSet: DataSet) {
  for (const [key, el] of Object.entries(dataSet.elements)) {
    if (el.items) {
      for (const item of el.items) if (item.dataSet && el.vr !== 'UN') readUnSequences(item.dataSet);
      continue;
    }
    if (el.vr !== 'UN' || el.hadUndefinedLength || parseInt(key.slice(1, 5), 16) % 2 === 1) continue;
    const bytes = dataSet.byteArray as Uint8Array;
    const row = profileRow(key.slice(1).toUpperCase());
    const looksLikeItems = el.length >= 8 && starts(bytes, ITEM_TAG, el.dataOffset);
    if (row ? row[2] !== 'SQ' : !looksLikeItems) continue;
    if (!readImplicitItems(dataSet, el)) UNREADABLE_UN.add(el);
  }
}

function readImplicitItems(dataSet: DataSet, el: Element): boolean {
  const end = el.dataOffset + el.length;
  if (end > dataSet.byteArray.length) return false;
  try {
    const stream = new lib.ByteStream(littleEndian, dataSet.byteArray, el.dataOffset);
    readSequenceItemsImplicit(stream, el);
    if (stream.position !== end || stream.warnings.length) throw new Error('items do not fit');
    for (const item of el.items ?? []) if (item.dataSet) checkLengths(item.dataSet, false, false);
    for (const item of el.items ?? []) if (item.dataOffset + (item.hadUndefinedLength ? 0 : item.length) > end) throw new Error('item past end');
    return true;
  } catch {
    el.items = undefined;
    return false;
  }
}

function checkLengths(dataSet: DataSet, explicit: boolean, headerOnly: boolean) {
  if (dataSet.warnings?.some((w) => /eof|past|beyond/i.test(w))) throw new ParseError('truncated');
  const end = dataSet.byteArray.length;
  for (const [key, el] of Object.entries(dataSet.elements)) {
    if (headerOnly && key === PIXEL_DATA) continue;
    if (el.dataOffset > end || (!el.hadUndefinedLength && el.dataOffset + el.length > end)) throw new ParseError('truncated');
    for (const item of el.items ?? []) if (item.dataSet) checkLengths(item.dataSet, explicit, false);
  }
}

/** Start and end of an element's bytes, header and any delimiter included. */
export function span(el: Element, explicit: boolean, bytes: Uint8Array): [number, number] {
  const start = el.dataOffset - headerLength(el.vr, explicit || el.tag.startsWith('x0002'));
  let end = el.dataOffset + el.length;
  // dicom-parser leaves the sequence delimiter out of some undefined lengths and not others.
  if (el.hadUndefinedLength && bytes[end] === 0xfe && bytes[end + 1] === 0xff && bytes[end + 2] === 0xdd && bytes[end + 3] === 0xe0) end += 8;
  return [start, end];
}

/** Text of an element, trailing padding removed, several values joined with " \ ". */
export function readText(dataSet: DataSet, el: Element, encoding = 'latin1'): string {
  const raw = dataSet.byteArray.subarray(el.dataOffset, el.dataOffset + el.length);
  const text = new TextDecoder(encoding).decode(raw);
  return text
    .replace(/[\0 ]+$/, '')
    .split('\\')
    .map((s) => s.trim())
    .join(' \\ ');
}

// Specific Character Set (0008,0005) terms and the WHATWG encoding that reads them (PS3.3 C.12.1.1.2).
// Without one, or with one we do not know, Latin-1 shows ASCII right and nothing is lost.
const ENCODINGS: Record<string, string> = {
  'ISO_IR 192': 'utf-8',
  'ISO_IR 100': 'windows-1252',
  'ISO 2022 IR 100': 'windows-1252',
  'ISO_IR 101': 'iso-8859-2',
  'ISO_IR 109': 'iso-8859-3',
  'ISO_IR 110': 'iso-8859-4',
  'ISO_IR 144': 'iso-8859-5',
  'ISO_IR 127': 'iso-8859-6',
  'ISO_IR 126': 'iso-8859-7',
  'ISO_IR 138': 'iso-8859-8',
  'ISO_IR 148': 'iso-8859-9',
  'ISO_IR 203': 'iso-8859-15',
  'ISO_IR 166': 'windows-874',
  'ISO_IR 13': 'shift_jis',
  'ISO 2022 IR 13': 'shift_jis',
  'ISO 2022 IR 87': 'iso-2022-jp',
  'ISO 2022 IR 149': 'euc-kr',
  GB18030: 'gb18030',
  GBK: 'gbk',
};
/** The text encoding of a dataset (an item inherits its parent's, as in the standard). */
export function encodingOf(dataSet: DataSet, inherited = 'latin1'): string {
  const el = dataSet.elements.x00080005;
  if (!el) return inherited;
  // Several terms mean code extensions; the first known one names the encoding of names and text.
  return readText(dataSet, el).split(' \\ ').map((t) => ENCODINGS[t]).find(Boolean) ?? 'latin1';
}
export const str = (dataSet: DataSet, key: string) => (dataSet.elements[key] ? (dataSet.string(key) ?? '').replace(/\0/g, '').trim() : '');

/**
 * The cleaned copy: PS3.15 Annex E Basic Application Level Confidentiality Profile with the
 * options in CleanOptions, applied to every element at every depth. Elements the cleaner leaves
 * alone (Pixel Data above all) are copied byte for byte from the original file; only changed
 * elements and sequences are written anew. Writes little endian only: a big-endian file (retired
 * since 2004) is refused; a deflated one is written inflated, as explicit VR little endian.
 */
import type { DataSet, Element } from 'dicom-parser';
import { ANNEX_E_EDITION, profileRow, type Action, type ProfileRow } from './annexE';
import { PREAMBLE, concat, delimiter, element, elementHeader, headerLength, metaGroup, tagNumber, textBytes, UNDEFINED_LENGTH } from './encode';
import { BIG_ENDIAN, DEFLATED, EXPLICIT_LE, MEDIA_STORAGE_DIRECTORY, PIXEL_DATA, UNREADABLE_UN, parse, readText, span, str } from './parse';
import type { CleanOptions } from './types';

export class CleanError extends Error {}

/** A new UID under the 2.25 root (PS3.5 B.2): the decimal form of 128 random bits. */
export function newUid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return `2.25.${n}`;
}

/** One random whole number of days for a batch: back 1 to 10 years, so the order of visits survives. */
export function pickShiftDays(): number {
  const [r] = crypto.getRandomValues(new Uint32Array(1));
  return -(365 + (r % 3286));
}

/**
 * The action for one row under the chosen options. An option's column replaces the Basic
 * Profile's action. Its "C" for device, institution or patient characteristics becomes keep:
 * in this tool the person who asked to keep them is the one checking them.
 * Combined codes take the standard's first branch, the strictest: "X/Z", "X/D", "X/Z/D" mean
 * "X unless Z or D is required to maintain IOD conformance" (PS3.15 E.1.1), and we cannot know
 * each element's Type in every IOD, so they are removed; "Z/D" is emptied. Viewers open files
 * without these details; a strict validator may miss a few required ones, which a patient's
 * copy can afford better than a leak. "X/Z/U*" (sequences of references to other images) keeps
 * the sequence, cleans its contents and maps its UIDs, so that a presentation state or a
 * derived image still points at the cleaned images.
 */
/** Study Description (0008,1030) and Series Description (0008,103E). */
const KEPT_DESCRIPTIONS = new Set(['00081030', '0008103E']);

export function resolveAction(row: ProfileRow, o: CleanOptions): Action {
  const opt = row[5] ?? {};
  let action: Action = row[3];
  if (o.dates === 'keep' && opt.fullDates) action = opt.fullDates;
  if (o.dates === 'shift' && opt.modifiedDates) action = opt.modifiedDates;
  const kept = (a: Action | undefined) => (a === 'C' ? 'K' : a);
  if (o.keepPatientCharacteristics && opt.patientChars) action = kept(opt.patientChars)!;
  if (o.keepDeviceIdentity && opt.device) action = kept(opt.device)!;
  if (o.keepInstitutionIdentity && opt.institution) action = kept(opt.institution)!;
  // Only what the page's option names, "study and series descriptions": every other descriptor
  // (diagnoses, procedure descriptions, protocol name, comments) follows the Basic Profile.
  if (o.keepDescriptions && KEPT_DESCRIPTIONS.has(row[0])) action = 'K';
  // Shifted dates are the user's choice for every date: a calibration or installation date kept
  // real by Retain Device Identity would give the real dates back (the shift is one per batch).
  if (o.dates === 'shift' && opt.modifiedDates && ['DA', 'DT', 'TM'].includes(row[2])) action = opt.modifiedDates;
  if (action === 'X/Z/U*') return 'K';
  if (action === 'Z/D') return 'Z';
  return action.startsWith('X') ? 'X' : action;
}

const DUMMY: Record<string, string> = {
  DA: '19000101',
  DT: '19000101000000',
  TM: '000000',
  AS: '000Y',
  DS: '0',
  IS: '0',
};
const TEXT = new Set(['AE', 'CS', 'LO', 'LT', 'PN', 'SH', 'ST', 'UC', 'UR', 'UT']);

// DT: YYYY[MM[DD[HH[MM[SS[.F{1,6}]]]]]][&ZZXX] (PS3.5 6.2); DA: YYYYMMDD, or YYYY.MM.DD as old
// ACR-NEMA files write it; a partial DA (YYYY, YYYYMM) is shifted as a DT would be rather than lost.
const DT_VALUE = /^(\d{4})(?:(\d{2})(?:(\d{2})(\d{2}(?:\d{2}(?:\d{2}(?:\.\d{1,6})?)?)?)?)?)?([+-]\d{4})?$/;
const DA_VALUE = /^(\d{4})(?:(\d{2})(\d{2})?)?$|^(\d{4})\.(\d{2})\.(\d{2})$/;

/**
 * One date or date-time shifted by whole days, at the precision it has: a year or a month is
 * moved by the shift of its middle day, so the shifted period is where the real one would fall.
 * Time, fraction and UTC offset stay as they are (a whole-day shift does not move them).
 */
function shiftOne(value: string, vr: string, days: number): string | undefined {
  let y: string, mo: string | undefined, d: string | undefined, rest = '', zone = '';
  if (vr === 'DT') {
    const m = DT_VALUE.exec(value);
    if (!m) return undefined;
    [, y, mo, d] = m;
    rest = m[4] ?? '';
    zone = m[5] ?? '';
  } else {
    const m = DA_VALUE.exec(value);
    if (!m) return undefined;
    [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  }
  const [year, month, day] = [+y, mo ? +mo : 7, d ? +d : mo ? 15 : 2];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined; // 20251340 is not a date
  date.setUTCFullYear(year); // Date.UTC reads years 0-99 as 1900-1999
  date.setUTCDate(date.getUTCDate() + days);
  const iso = date.toISOString();
  const shifted = iso.startsWith('-') || iso.startsWith('+') ? undefined : iso.slice(0, 10).replace(/-/g, '');
  if (!shifted) return undefined;
  return shifted.slice(0, d ? 8 : mo ? 6 : 4) + rest + zone;
}

/**
 * Shifts each date in a DA or DT value (several values, ranges); undefined when one is unreadable.
 * A single date-time is tried before a range, since a UTC offset ("-0500") also has a hyphen.
 */
export function shiftValue(value: string, vr: string, days: number): string | undefined {
  const out: string[] = [];
  for (const raw of value.split('\\')) {
    const v = raw.trim();
    let shifted = v === '' ? '' : shiftOne(v, vr, days);
    for (let at = v.indexOf('-'); shifted === undefined && at >= 0; at = v.indexOf('-', at + 1)) {
      const [from, to] = [v.slice(0, at), v.slice(at + 1)];
      if (from === '' && to === '') break;
      const a = from === '' ? '' : shiftOne(from, vr, days);
      const b = to === '' ? '' : shiftOne(to, vr, days);
      if (a !== undefined && b !== undefined) shifted = `${a}-${b}`;
    }
    if (shifted === undefined) return undefined;
    out.push(shifted);
  }
  return out.join('\\');
}

type Context = {
  options: CleanOptions;
  uidMap: Map<string, string>;
  shiftDays: number;
  /** How the cleaned file is written. */
  explicit: boolean;
  /** How the dataset being read is encoded: implicit inside the items of a UN sequence of an explicit file. */
  sourceExplicit: boolean;
  bytes: Uint8Array;
};

const mapUid = (ctx: Context, uid: string) => {
  let mapped = ctx.uidMap.get(uid);
  if (!mapped) ctx.uidMap.set(uid, (mapped = newUid()));
  return mapped;
};

/** The cleaned bytes for one element, or [] to remove it. */
function cleanElement(ds: DataSet, key: string, el: Element, ctx: Context): Uint8Array[] {
  const tag = tagNumber(key.slice(1));
  const hex = key.slice(1).toUpperCase();
  if ((tag >>> 16) % 2 === 1) return []; // private: Retain Safe Private is not offered
  if ((tag & 0xffff) === 0) return []; // group lengths (retired) would be wrong once elements go
  if (UNREADABLE_UN.has(el)) return []; // should be a sequence, cannot be read: cannot be checked either
  const row = profileRow(hex);
  // Implicit files carry no VR, and UN is a VR a converter lost: the table knows the real one.
  const vr = el.vr && el.vr !== 'UN' ? el.vr : (row?.[2] ?? (el.items ? 'SQ' : 'UN'));
  const raw = () => {
    if (ctx.sourceExplicit === ctx.explicit) {
      const [start, end] = span(el, ctx.explicit, ctx.bytes);
      return [ctx.bytes.subarray(start, end)];
    }
    // An implicit-VR element inside a UN sequence, written into an explicit file: a new header,
    // the same value bytes. A value too long for a short VR's 2-byte length goes as UN.
    const value = ctx.bytes.subarray(el.dataOffset, el.dataOffset + el.length);
    const out = value.length > 0xffff && headerLength(vr, true) === 8 ? 'UN' : vr;
    return element(tag, out, value, ctx.explicit);
  };
  if (key === PIXEL_DATA) return raw(); // never touched, even if a row ever named it
  const action = row ? resolveAction(row, ctx.options) : 'K';
  const write = (value: string) => element(tag, vr, textBytes(value, vr), ctx.explicit);
  if (action === 'X') return [];
  if (el.items) {
    if (action === 'K' || action === 'C') return sequence(tag, el, ctx);
    return [elementHeader(tag, 'SQ', 0, ctx.explicit)]; // Z, D: an empty sequence
  }
  if (action === 'K') return raw();
  if (action === 'Z') return [elementHeader(tag, vr, 0, ctx.explicit)];
  const value = () => readText(ds, el).split(' \\ ').join('\\');
  if (action === 'U' || (vr === 'UI' && action === 'D')) {
    return write(value().split('\\').map((u) => (u ? mapUid(ctx, u) : u)).join('\\'));
  }
  if (action === 'C' && (vr === 'DA' || vr === 'DT')) {
    const shifted = shiftValue(value(), vr, ctx.shiftDays);
    return shifted === undefined ? [elementHeader(tag, vr, 0, ctx.explicit)] : write(shifted);
  }
  // C otherwise comes only from Modified Dates. A whole-day shift leaves times and the UTC offset
  // as they are. Certified Timestamp and Frame Origin Timestamp are binary (a signed RFC 3161
  // token; a PTP time) that cannot be shifted without breaking them: removed, not kept real.
  if (action === 'C') return vr === 'TM' || key === 'x00080201' ? raw() : [];
  // D: a dummy value that says nothing about the patient
  if (DUMMY[vr]) return write(DUMMY[vr]);
  if (TEXT.has(vr)) return write('ANONYMOUS');
  if (['US', 'SS', 'UL', 'SL', 'FL', 'FD'].includes(vr)) return element(tag, vr, new Uint8Array(el.length), ctx.explicit);
  return [elementHeader(tag, vr, 0, ctx.explicit)];
}

/** A sequence rewritten with undefined lengths, each item cleaned in turn. */
function sequence(tag: number, el: Element, ctx: Context): Uint8Array[] {
  const header = elementHeader(tag, 'SQ', UNDEFINED_LENGTH, ctx.explicit);
  const parts = [header];
  // A UN sequence's items are implicit VR (parse.ts); they are written as the file is.
  const itemCtx = el.vr === 'UN' ? { ...ctx, sourceExplicit: false } : ctx;
  for (const item of el.items ?? []) {
    parts.push(delimiter(0xe000, UNDEFINED_LENGTH));
    if (item.dataSet) parts.push(...cleanDataSet(item.dataSet, itemCtx).flatMap((e) => e.parts));
    parts.push(delimiter(0xe00d, 0));
  }
  parts.push(delimiter(0xe0dd, 0));
  return parts;
}

type Out = { tag: number; parts: Uint8Array[] };
function cleanDataSet(ds: DataSet, ctx: Context): Out[] {
  const out: Out[] = [];
  for (const [key, el] of Object.entries(ds.elements)) {
    if (key.startsWith('x0002')) continue; // file meta: written anew
    if (key.startsWith('xfffe')) continue; // dicom-parser lists an item's delimiter among its elements
    const parts = cleanElement(ds, key, el, ctx);
    if (parts.length) out.push({ tag: tagNumber(key.slice(1)), parts });
  }
  return out;
}

/** PS3.16 CID 7050 "De-identification Method" codes for the profile and each chosen option. */
const methodCodes = (o: CleanOptions): [string, string][] => [
  ['113100', 'Basic Application Confidentiality Profile'],
  ...(o.dates === 'keep' ? [['113106', 'Retain Longitudinal Temporal Information Full Dates Option'] as [string, string]] : []),
  ...(o.dates === 'shift' ? [['113107', 'Retain Longitudinal Temporal Information Modified Dates Option'] as [string, string]] : []),
  ...(o.keepPatientCharacteristics ? [['113108', 'Retain Patient Characteristics Option'] as [string, string]] : []),
  ...(o.keepDeviceIdentity ? [['113109', 'Retain Device Identity Option'] as [string, string]] : []),
  ...(o.keepInstitutionIdentity ? [['113112', 'Retain Institution Identity Option'] as [string, string]] : []),
  ...(o.keepDescriptions ? [['113105', 'Clean Descriptors Option'] as [string, string]] : []),
];

function codeSequence(tag: number, codes: [string, string][], explicit: boolean): Uint8Array[] {
  const item = ([value, meaning]: [string, string]) => [
    delimiter(0xe000, UNDEFINED_LENGTH),
    ...element(0x00080100, 'SH', textBytes(value, 'SH'), explicit),
    ...element(0x00080102, 'SH', textBytes('DCM', 'SH'), explicit),
    ...element(0x00080104, 'LO', textBytes(meaning, 'LO'), explicit),
    delimiter(0xe00d, 0),
  ];
  return [elementHeader(tag, 'SQ', UNDEFINED_LENGTH, explicit), ...codes.flatMap(item), delimiter(0xe0dd, 0)];
}

const methodNames = (o: CleanOptions) => [
  `DICOM PS3.15 ${ANNEX_E_EDITION} E.1 Basic Profile`,
  ...(o.dates === 'keep' ? ['Retain Longitudinal Full Dates'] : []),
  ...(o.dates === 'shift' ? ['Retain Longitudinal Modified Dates'] : []),
  ...(o.keepPatientCharacteristics ? ['Retain Patient Characteristics'] : []),
  ...(o.keepDeviceIdentity ? ['Retain Device Identity'] : []),
  ...(o.keepInstitutionIdentity ? ['Retain Institution Identity'] : []),
  ...(o.keepDescriptions ? ['Clean Descriptors (kept, checked by the user)'] : []),
];

/**
 * One cleaned file. `uidMap` is shared by a batch so that studies and series stay grouped and
 * references between files still match; `shiftDays` is the batch's one date shift.
 */
export function cleanFile(bytes: Uint8Array, options: CleanOptions, uidMap: Map<string, string>, shiftDays: number): Uint8Array {
  const parsed = parse(bytes);
  if (parsed.transferSyntax === BIG_ENDIAN) throw new CleanError('big endian');
  const ds = parsed.dataSet;
  if ((str(ds, 'x00020002') || str(ds, 'x00080016')) === MEDIA_STORAGE_DIRECTORY) throw new CleanError('DICOMDIR');
  const ctx: Context = { options, uidMap, shiftDays, explicit: parsed.explicit, sourceExplicit: parsed.explicit, bytes: ds.byteArray as Uint8Array };
  const replaced = new Set([0x00120062, 0x00120063, 0x00120064, 0x00280303]);
  const out = cleanDataSet(ds, ctx).filter((e) => !replaced.has(e.tag));
  const add = (tag: number, vr: string, value: string) => out.push({ tag, parts: element(tag, vr, textBytes(value, vr), ctx.explicit) });
  add(0x00120062, 'CS', 'YES');
  add(0x00120063, 'LO', methodNames(options).join('\\'));
  out.push({ tag: 0x00120064, parts: codeSequence(0x00120064, methodCodes(options), ctx.explicit) });
  add(0x00280303, 'CS', { keep: 'UNMODIFIED', shift: 'MODIFIED', remove: 'REMOVED' }[options.dates]);
  out.sort((a, b) => a.tag - b.tag);

  const sopInstance = str(ds, 'x00080018') || str(ds, 'x00020003');
  const sopClass = str(ds, 'x00020002') || str(ds, 'x00080016');
  const meta = metaGroup([
    { tag: 0x00020001, vr: 'OB', value: new Uint8Array([0, 1]) },
    { tag: 0x00020002, vr: 'UI', value: textBytes(sopClass, 'UI') },
    { tag: 0x00020003, vr: 'UI', value: textBytes(sopInstance ? mapUid(ctx, sopInstance) : newUid(), 'UI') },
    { tag: 0x00020010, vr: 'UI', value: textBytes(parsed.transferSyntax === DEFLATED ? EXPLICIT_LE : parsed.transferSyntax, 'UI') },
    // The writer of this file is this tool: the original's values would name the hospital's software.
    { tag: 0x00020012, vr: 'UI', value: textBytes(IMPLEMENTATION_CLASS_UID, 'UI') },
    { tag: 0x00020013, vr: 'SH', value: textBytes(IMPLEMENTATION_VERSION_NAME, 'SH') },
    // Source/Sending/Receiving AE titles (0002,0016-0018) are left out: they name hospital machines.
  ]);
  const cleaned = concat([PREAMBLE, meta, ...out.flatMap((e) => e.parts)]);
  selfCheck(cleaned, ds);
  return cleaned;
}

/**
 * The cleaned file must read back as DICOM, with Pixel Data the same bytes as before; otherwise
 * it is left out of the copy (CleanError) rather than handed to the user broken.
 */
export function selfCheck(cleaned: Uint8Array, original: DataSet): void {
  let again: DataSet;
  try {
    again = parse(cleaned).dataSet;
  } catch {
    throw new CleanError('self-check: does not read back');
  }
  const before = original.elements[PIXEL_DATA];
  const after = again.elements[PIXEL_DATA];
  if (!before) return;
  const a = original.byteArray.subarray(before.dataOffset, before.dataOffset + before.length);
  const b = again.byteArray.subarray(after?.dataOffset ?? 0, (after?.dataOffset ?? 0) + (after?.length ?? -1));
  if (!after || !sameBytes(a, b)) throw new CleanError('self-check: Pixel Data changed');
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * This tool's Implementation Class UID (PS3.7 D.3.3.2), written in every cleaned file. A 2.25 UID
 * (PS3.5 B.2) made once from the random UUID de42fdfe-662a-4097-9a9d-74db5c20fc30: fixed, so
 * that every copy names the same writer, and random, so that it names no person or place.
 */
export const IMPLEMENTATION_CLASS_UID = '2.25.295436458262116175818142647316081867824';
/** Implementation Version Name (SH, at most 16 characters): change the number when the cleaner's output changes. */
export const IMPLEMENTATION_VERSION_NAME = 'BYS_CHECKER_1';

/**
 * The few bytes-level helpers both the fixture builder and the cleaner need to write DICOM:
 * little-endian only (explicit or implicit VR), which covers every transfer syntax we write.
 */

/** VRs whose explicit-VR header has two reserved bytes and a 4-byte length (PS3.5 7.1.2). */
const LONG_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'SV', 'UC', 'UN', 'UR', 'UT', 'UV']);
export const UNDEFINED_LENGTH = 0xffffffff;

export const headerLength = (vr: string | undefined, explicit: boolean) =>
  !explicit ? 8 : LONG_VRS.has(vr ?? 'UN') ? 12 : 8;

/** tag as a number: 0x00100010 for (0010,0010). */
export function elementHeader(tag: number, vr: string, length: number, explicit: boolean): Uint8Array {
  const long = LONG_VRS.has(vr);
  const out = new Uint8Array(!explicit ? 8 : long ? 12 : 8);
  const view = new DataView(out.buffer);
  view.setUint16(0, tag >>> 16, true);
  view.setUint16(2, tag & 0xffff, true);
  if (!explicit) {
    view.setUint32(4, length, true);
  } else {
    out[4] = vr.charCodeAt(0);
    out[5] = vr.charCodeAt(1);
    if (long) view.setUint32(8, length, true);
    else view.setUint16(6, length, true);
  }
  return out;
}

/** An item, item delimiter or sequence delimiter tag with its length (no VR, in any syntax). */
export function delimiter(element: number, length: number): Uint8Array {
  const out = new Uint8Array(8);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfffe, true);
  view.setUint16(2, element, true);
  view.setUint32(4, length, true);
  return out;
}

/** Text value padded to even length: UIs with a NUL, other text with a space (PS3.5 6.2). */
export function textBytes(value: string, vr: string): Uint8Array {
  const raw = new TextEncoder().encode(value);
  if (raw.length % 2 === 0) return raw;
  const out = new Uint8Array(raw.length + 1);
  out.set(raw);
  out[raw.length] = vr === 'UI' || vr === 'OB' ? 0 : 0x20;
  return out;
}

export function element(tag: number, vr: string, value: Uint8Array, explicit: boolean): Uint8Array[] {
  return [elementHeader(tag, vr, value.length, explicit), value];
}

export function concat(parts: Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const tagNumber = (hex: string) => parseInt(hex, 16) >>> 0;
/** dicom-parser keys elements as "x00100010". */
export const tagKey = (tag: number) => 'x' + tag.toString(16).padStart(8, '0');
export const tagLabel = (hex: string) => `(${hex.slice(0, 4)},${hex.slice(4)})`.toUpperCase();

/** The file meta group (always explicit VR little endian), group length computed. */
export function metaGroup(values: { tag: number; vr: string; value: Uint8Array }[]): Uint8Array {
  const body = concat(values.flatMap((v) => element(v.tag, v.vr, v.value, true)));
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, body.length, true);
  return concat([...element(0x00020000, 'UL', length, true), body]);
}

export const PREAMBLE = (() => {
  const out = new Uint8Array(132);
  out.set([0x44, 0x49, 0x43, 0x4d], 128);
  return out;
})();

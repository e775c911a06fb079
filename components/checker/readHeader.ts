/**
 * One file's check, given only its size and a way to read its first bytes: the worker passes
 * File.slice, tests and the benchmark pass a Uint8Array. Only the header is read, in a slice
 * that grows until Pixel Data (or the end of the file) is inside it, so a 200 MB image costs
 * a few hundred kilobytes of reading. It stops growing at MAX_HEADER_BYTES, and as soon as the
 * bytes show a broken file (a length past the end, a failure the slice's end does not explain),
 * so damaged files are not read whole. Never throws: every failure is a skip reason.
 */
import { reportOf, type FileReport } from './findIdentifiers';
import type { DataSet } from 'dicom-parser';
import { headerLength } from './encode';
import { classifyFile, furthest, hasPreamble, parse, type ParseError } from './parse';
import { MAX_FILE_BYTES, type SkipReason } from './types';

export type HeaderResult = { skip: SkipReason; report?: undefined } | { report: FileReport; skip?: undefined };
export type ReadPrefix = (end: number) => Promise<Uint8Array>;

export const FIRST_SLICE = 256 * 1024;
/** No real header is this long: past it, what was read is reported, or the file is corrupt. */
export const MAX_HEADER_BYTES = 64 * 1024 * 1024;

/** An element at `at` whose end only its contents tell: a sequence, or an undefined length. */
function opensNested(b: Uint8Array, at: number): boolean {
  if (at + 12 > b.length) return true;
  const view = new DataView(b.buffer, b.byteOffset + at, 12);
  const vr = String.fromCharCode(b[at + 4], b[at + 5]);
  return vr === 'SQ' || view.getUint32(4, true) === 0xffffffff || view.getUint32(8, true) === 0xffffffff;
}

/** The report of a slice cut short before the last element `partial` holds (the one that runs past it). */
function before(bytes: Uint8Array, partial: DataSet): HeaderResult {
  const last = Object.values(partial.elements).reduce((a, b) => (b.dataOffset > a.dataOffset ? b : a));
  try {
    const start = last.dataOffset - headerLength(last.vr, last.vr !== undefined);
    return { report: reportOf(parse(bytes.subarray(0, start), { headerOnly: true, complete: false })) };
  } catch {
    return { skip: 'corrupt' };
  }
}

export async function readHeader(size: number, read: ReadPrefix): Promise<HeaderResult> {
  if (size === 0 || size > MAX_FILE_BYTES) return { skip: classifyFile(new Uint8Array(0), size) as SkipReason };
  // The first slice serves both to tell the kind of file and, most often, to read its header.
  let end = Math.min(FIRST_SLICE, size);
  let bytes: Uint8Array;
  try {
    bytes = await read(end);
  } catch {
    return { skip: 'unreadable' };
  }
  const kind = classifyFile(bytes, size);
  if (kind !== 'dicom') return { skip: kind };
  const broken: HeaderResult = { skip: hasPreamble(bytes) ? 'corrupt' : 'notDicom' };
  for (let first = true; ; first = false) {
    const whole = end >= size;
    if (!first) {
      try {
        bytes = await read(end);
      } catch {
        return { skip: 'unreadable' };
      }
    }
    // Where the next slice must reach at least: past the element the last one ended in.
    let needed: number;
    try {
      const parsed = parse(bytes, { headerOnly: true, complete: whole });
      if (whole || parsed.reachedPixelData) return { report: reportOf(parsed) };
      needed = furthest(parsed.dataSet);
      if (needed > size) return broken; // a length past the end of the file
      // Pixel Data not found within the cap, but what is there reads: report it.
      if (end >= MAX_HEADER_BYTES) return { report: reportOf(parsed) };
    } catch (e) {
      const { partial, inflate, stoppedAt = 0 } = e as ParseError;
      if (whole || stoppedAt > size) return broken;
      // At the cap, an element the slice cuts is what failed: report what comes before it.
      if (end >= MAX_HEADER_BYTES) return partial && stoppedAt > end ? before(bytes, partial) : broken;
      // A deflated body cut by the slice does not inflate: read on (doubling). Any other failure
      // without a partial dataset is in the file meta, which more bytes will not mend.
      if (!partial && !inflate) return broken;
      needed = stoppedAt;
      // It stopped well inside the slice at an element the slice holds whole: more bytes will
      // not help either.
      if (partial && needed < end - 16 && !opensNested(bytes, needed)) return broken;
    }
    end = Math.min(size, MAX_HEADER_BYTES, needed > end * 2 ? needed + FIRST_SLICE : end * 2);
  }
}

/** readHeader over bytes already in memory. */
export const readHeaderOf = (bytes: Uint8Array, size = bytes.length) => readHeader(size, async (end) => bytes.subarray(0, end));

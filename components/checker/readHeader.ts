/**
 * One file's check, given only its size and a way to read its first bytes: the worker passes
 * File.slice, tests and the benchmark pass a Uint8Array. Only the header is read, in a slice
 * that doubles until Pixel Data (or the end of the file) is inside it, so a 200 MB image costs
 * a few hundred kilobytes of reading. Never throws: every failure is a skip reason.
 */
import { reportOf, type FileReport } from './findIdentifiers';
import { classifyFile, hasPreamble, parse } from './parse';
import { MAX_FILE_BYTES, type SkipReason } from './types';

export type HeaderResult = { skip: SkipReason; report?: undefined } | { report: FileReport; skip?: undefined };
export type ReadPrefix = (end: number) => Promise<Uint8Array>;

export const FIRST_SLICE = 256 * 1024;

export async function readHeader(size: number, read: ReadPrefix): Promise<HeaderResult> {
  if (size === 0 || size > MAX_FILE_BYTES) return { skip: classifyFile(new Uint8Array(0), size) as SkipReason };
  // The first slice serves both to tell the kind of file and, most often, to read its header.
  let bytes: Uint8Array;
  try {
    bytes = await read(Math.min(FIRST_SLICE, size));
  } catch {
    return { skip: 'unreadable' };
  }
  const kind = classifyFile(bytes, size);
  if (kind !== 'dicom') return { skip: kind };
  const preamble = hasPreamble(bytes);
  for (let end = FIRST_SLICE; ; end *= 2) {
    const whole = end >= size;
    if (end > FIRST_SLICE) {
      try {
        bytes = await read(whole ? size : end);
      } catch {
        return { skip: 'unreadable' };
      }
    }
    try {
      const parsed = parse(bytes, { headerOnly: true, complete: whole });
      if (whole || parsed.reachedPixelData) return { report: reportOf(parsed) };
    } catch {
      if (whole) return { skip: preamble ? 'corrupt' : 'notDicom' };
    }
  }
}

/** readHeader over bytes already in memory. */
export const readHeaderOf = (bytes: Uint8Array, size = bytes.length) => readHeader(size, async (end) => bytes.subarray(0, end));

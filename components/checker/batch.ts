/**
 * A whole check or clean over a list of files, with the reading left to the caller (File in
 * the worker, Uint8Array in tests and the benchmark). One file's failure never stops a batch.
 */
import { cleanFile, pickShiftDays } from './clean';
import { aggregateStudies, type FileReport } from './findIdentifiers';
import { readHeader, type ReadPrefix } from './readHeader';
import type { CleanOptions, SkipReason, Study } from './types';
import { createNamer, createZip } from './zip';

export type Source = { path: string; size: number; read: ReadPrefix };
export type Checked = { source: Source; report: FileReport };

/** Calls `onProgress` at most every `everyMs` (and always for the last file). */
export function throttle(onProgress: (done: number, total: number) => void, total: number, everyMs = 50) {
  let last = -Infinity;
  return (done: number) => {
    const now = performance.now();
    if (done === total || now - last >= everyMs) {
      last = now;
      onProgress(done, total);
    }
  };
}

export async function checkBatch(
  sources: Source[],
  on: { skipped: (path: string, reason: SkipReason) => void; progress: (done: number, total: number) => void },
  /** False once a newer request has started: this one stops at the next file. */
  isCurrent: () => boolean = () => true,
): Promise<{ checked: Checked[]; studies: Study[]; skipped: number } | null> {
  const checked: Checked[] = [];
  const progress = throttle(on.progress, sources.length);
  let skipped = 0;
  progress(0);
  for (const [i, source] of sources.entries()) {
    const result = await readHeader(source.size, source.read);
    if (!isCurrent()) return null;
    if (result.skip) {
      skipped += 1;
      on.skipped(source.path, result.skip);
    } else {
      checked.push({ source, report: result.report });
    }
    progress(i + 1);
  }
  return { checked, studies: aggregateStudies(checked.map((c) => c.report)), skipped };
}

/**
 * The cleaned copy of every checked file but the DICOMDIR (its references would no longer
 * match). One file: cleaned.dcm; several: cleaned-scans.zip with neutral names. One UID map
 * and one date shift for the whole batch. `null` when no file could be cleaned.
 */
export async function cleanBatch(
  checked: Checked[],
  options: CleanOptions,
  progress: (done: number, total: number) => void,
  shiftDays = pickShiftDays(),
  isCurrent: () => boolean = () => true,
): Promise<{ blob: Blob; fileName: string; files: number; notCleaned: number } | null> {
  // The same image chosen twice (a folder and a copy of it) goes in once: two entries with one
  // SOP Instance UID would be two images to a viewer, and both would get the same new UID.
  const seen = new Set<string>();
  const files = checked.filter(({ report: r }) => {
    if (r.isDicomdir) return false;
    if (!r.sopInstanceUid) return true;
    if (seen.has(r.sopInstanceUid)) return false;
    seen.add(r.sopInstanceUid);
    return true;
  });
  const tick = throttle(progress, files.length);
  const uidMap = new Map<string, string>();
  const nameOf = createNamer();
  const zip = files.length > 1 ? createZip() : null;
  let single: Uint8Array | null = null;
  let count = 0;
  tick(0);
  for (const [i, { source, report }] of files.entries()) {
    if (!isCurrent()) return null;
    try {
      const bytes = cleanFile(await source.read(source.size), options, uidMap, shiftDays);
      if (zip) zip.add(nameOf(report.studyUid || report.patientKey, report.seriesUid), bytes);
      else single = bytes;
      count += 1;
    } catch {
      // Left out (big endian, unreadable past the header, failed its self-check); counted below.
    }
    tick(i + 1);
  }
  if (count === 0) return null;
  const notCleaned = files.length - count;
  if (zip) return { blob: zip.finish(), fileName: 'cleaned-scans.zip', files: count, notCleaned };
  return { blob: new Blob([single as Uint8Array<ArrayBuffer>], { type: 'application/dicom' }), fileName: 'cleaned.dcm', files: 1, notCleaned };
}

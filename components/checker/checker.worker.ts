/// <reference lib="webworker" />
/**
 * The file checker's worker: reads the chosen files, reports what their headers hold, and on
 * request writes the cleaned copy. Nothing here touches the network; the page creates this
 * worker at idle after load so every library is already in memory when files are chosen.
 * Protocol: types.ts. Cancel is the page terminating this worker.
 */
import { cleanFile, pickShiftDays } from './clean';
import { aggregateStudies, reportOf, type FileReport } from './findIdentifiers';
import { classifyFile, hasPreamble, parse } from './parse';
import type { CleanOptions, FromWorker, ToWorker } from './types';
import { createZip, entryName } from './zip';

declare const self: DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => self.postMessage(message);

type Checked = { file: File; report: FileReport };
let checked: Checked[] = [];

function throttled(phase: 'check' | 'clean', total: number) {
  let last = 0;
  return (done: number) => {
    const now = performance.now();
    if (done === total || now - last >= 50) {
      last = now;
      post({ type: 'progress', phase, done, total });
    }
  };
}

/**
 * Only the header is read: a slice that doubles until Pixel Data (or the end) is inside it,
 * so a 200 MB image costs a few hundred kilobytes of reading.
 */
async function readHeader(file: File) {
  const first = new Uint8Array(await file.slice(0, 132).arrayBuffer());
  const kind = classifyFile(first, file.size);
  if (kind !== 'dicom') return { skip: kind } as const;
  for (let size = 256 * 1024; ; size *= 2) {
    const whole = size >= file.size;
    const bytes = new Uint8Array(await file.slice(0, whole ? file.size : size).arrayBuffer());
    try {
      const parsed = parse(bytes, { headerOnly: true, complete: whole });
      if (whole || parsed.reachedPixelData) return { report: reportOf(parsed) } as const;
    } catch {
      if (whole) return { skip: hasPreamble(first) ? 'corrupt' : 'notDicom' } as const;
    }
  }
}

async function check(files: { file: File; path: string }[]) {
  checked = [];
  const progress = throttled('check', files.length);
  let skipped = 0;
  progress(0);
  for (const [i, { file, path }] of files.entries()) {
    let result: Awaited<ReturnType<typeof readHeader>>;
    try {
      result = await readHeader(file);
    } catch {
      result = { skip: 'unreadable' };
    }
    if (result.skip) {
      skipped += 1;
      post({ type: 'skipped', path, reason: result.skip });
    } else {
      checked.push({ file, report: result.report! });
    }
    progress(i + 1);
  }
  post({ type: 'checked', studies: aggregateStudies(checked.map((c) => c.report)), dicomFiles: checked.length, skipped });
}

async function clean(options: CleanOptions) {
  // The index file's references would not match the cleaned copy, so it is left out.
  const files = checked.filter((c) => !c.report.isDicomdir);
  const progress = throttled('clean', files.length);
  const uidMap = new Map<string, string>();
  const shiftDays = pickShiftDays();
  const studies = new Map<string, { n: number; series: Map<string, { n: number; images: number }> }>();
  const zip = files.length > 1 ? createZip() : null;
  let single: Uint8Array | null = null;
  let count = 0;
  progress(0);
  for (const [i, { file, report }] of files.entries()) {
    try {
      const bytes = cleanFile(new Uint8Array(await file.arrayBuffer()), options, uidMap, shiftDays);
      const studyKey = report.studyUid || report.patientKey;
      if (!studies.has(studyKey)) studies.set(studyKey, { n: studies.size + 1, series: new Map() });
      const study = studies.get(studyKey)!;
      if (!study.series.has(report.seriesUid)) study.series.set(report.seriesUid, { n: study.series.size + 1, images: 0 });
      const series = study.series.get(report.seriesUid)!;
      series.images += 1;
      if (zip) zip.add(entryName(study.n, series.n, series.images), bytes);
      else single = bytes;
      count += 1;
    } catch {
      // A file that cannot be cleaned is left out; the count in 'cleaned' says how many made it.
    }
    progress(i + 1);
  }
  if (count === 0) return post({ type: 'failed', phase: 'clean' });
  if (zip) return post({ type: 'cleaned', blob: zip.finish(), fileName: 'cleaned-scans.zip', files: count });
  const blob = new Blob([single as unknown as Uint8Array<ArrayBuffer>], { type: 'application/dicom' });
  post({ type: 'cleaned', blob, fileName: 'cleaned.dcm', files: 1 });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  const run = message.type === 'check' ? check(message.files) : clean(message.options);
  run.catch(() => post({ type: 'failed', phase: message.type }));
};

post({ type: 'ready' });

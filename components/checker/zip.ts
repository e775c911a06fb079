/**
 * The cleaned copy as a .zip made in the browser. Entries are stored, not deflated: medical
 * images barely compress and deflating hundreds of megabytes would only cost time.
 */
import { Zip, ZipPassThrough } from 'fflate';

export type ZipBuilder = { add(name: string, bytes: Uint8Array): void; finish(): Blob };

export function createZip(): ZipBuilder {
  // Each chunk becomes a Blob as it comes, so the worker does not keep every cleaned file as
  // arrays until the end (and then a copy of them all in the final Blob): the browser may keep
  // Blob data outside the worker's heap, and the arrays can go at once.
  const parts: Blob[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else parts.push(new Blob([chunk as Uint8Array<ArrayBuffer>]));
  });
  return {
    add(name, bytes) {
      const entry = new ZipPassThrough(name);
      zip.add(entry);
      entry.push(bytes, true);
    },
    finish() {
      zip.end();
      if (failure) throw failure;
      return new Blob(parts, { type: 'application/zip' });
    },
  };
}

/** Neutral names only: folder and file names on a CD are often the patient's name. */
export const entryName = (study: number, series: number, image: number) =>
  `study-${study}/series-${series}/image-${String(image).padStart(4, '0')}.dcm`;

/** Every cleaned file in one zip, named by study, series and order (see entryName). */
export function zipCleaned(files: { study: number; series: number; image: number; bytes: Uint8Array }[]): Blob {
  const zip = createZip();
  for (const f of files) zip.add(entryName(f.study, f.series, f.image), f.bytes);
  return zip.finish();
}

/** Numbers files by study, then series, in the order they come: the zip's neutral names. */
export function createNamer() {
  const studies = new Map<string, { n: number; series: Map<string, { n: number; images: number }> }>();
  return (studyKey: string, seriesKey: string) => {
    if (!studies.has(studyKey)) studies.set(studyKey, { n: studies.size + 1, series: new Map() });
    const study = studies.get(studyKey)!;
    if (!study.series.has(seriesKey)) study.series.set(seriesKey, { n: study.series.size + 1, images: 0 });
    const series = study.series.get(seriesKey)!;
    series.images += 1;
    return entryName(study.n, series.n, series.images);
  };
}

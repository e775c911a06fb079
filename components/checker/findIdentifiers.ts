/**
 * What a file's header says about the patient: one report per file, then grouped by study.
 * Pure: bytes in, plain data out (the worker does the reading and the posting).
 */
import type { DataSet } from 'dicom-parser';
import { profileRow } from './annexE';
import { tagLabel } from './encode';
import { MEDIA_STORAGE_DIRECTORY, encodingOf, parse, readText, str, type Parsed } from './parse';
import { CATEGORIES, FLAGS, type Finding, type Flag, type Study } from './types';

export type FileReport = {
  studyUid: string;
  seriesUid: string;
  /** To leave the same image chosen twice (two copies of a folder) out of the cleaned copy once. */
  sopInstanceUid: string;
  patientKey: string;
  studyDate: string;
  description: string;
  modality: string;
  findings: Finding[];
  /** Tags ("00091001") of private data elements, private creators not counted. */
  privateTags: string[];
  flags: Flag[];
  isDicomdir: boolean;
};

const MAX_VALUE_CHARS = 5000;
const TEXT_VRS = new Set(['AE', 'AS', 'CS', 'DA', 'DS', 'DT', 'IS', 'LO', 'LT', 'PN', 'SH', 'ST', 'TM', 'UC', 'UI', 'UR', 'UT']);

// Words in body part, descriptions or protocol that mean the face may be in the volume.
// English and the usual scanner abbreviations, plus the Spanish words Spanish-speaking sites use.
// Left boundary always; right boundary for short words that begin others (FACE/FACET, IAC).
const HEAD_WORDS =
  /(^|[^A-Z])(HEAD(?![A-MO-Z])|BRAIN|SKULL|NEURO|ORBITS?(?![A-Z])|FACE(?![A-Z])|FACIAL|SINUS|IACS?(?![A-Z])|TMJ|CRANI|CEREBR|PITUITAR|SELLA(?![A-Z])|MAXILLO|MANDIB|CABEZA|CRANEO|CRÁNEO|CEREBRO|ENC[EÉ]FALO|SENOS? PARANASAL)/;
export const isHeadText = (s: string) => HEAD_WORDS.test(s.toUpperCase());

const BURNED_IN_MODALITIES = new Set(['US', 'IVUS', 'XC', 'ES', 'OP', 'DOC', 'SC', 'OT']);
const BURNED_IN_SOP_PREFIXES = [
  '1.2.840.10008.5.1.4.1.1.7', // Secondary Capture (and its multi-frame kinds): screenshots, scanned pages
  '1.2.840.10008.5.1.4.1.1.104.', // Encapsulated PDF and CDA
  '1.2.840.10008.5.1.4.1.1.77.1', // VL (photographic) images
  '1.2.840.10008.5.1.4.1.1.6.', // Ultrasound
  '1.2.840.10008.5.1.4.1.1.3.', // Ultrasound multi-frame
];
// Conversion Type of secondary captures: workstation, scanned document/image, digitized film/video.
const BURNED_IN_CONVERSIONS = new Set(['WSD', 'SD', 'SI', 'DF', 'DV', 'DI']);

function flagsOf(ds: DataSet): Flag[] {
  const flags = new Set<Flag>();
  if (str(ds, 'x00280301').toUpperCase() === 'YES') flags.add('burnedInYes');
  const sop = str(ds, 'x00080016') || str(ds, 'x00020002');
  if (
    BURNED_IN_MODALITIES.has(str(ds, 'x00080060').toUpperCase()) ||
    BURNED_IN_SOP_PREFIXES.some((p) => sop.startsWith(p)) ||
    BURNED_IN_CONVERSIONS.has(str(ds, 'x00080064').toUpperCase())
  )
    flags.add('burnedInCommon');
  if (['x00180015', 'x00081030', 'x0008103e', 'x00181030'].some((k) => isHeadText(str(ds, k)))) flags.add('headScan');
  return FLAGS.filter((f) => flags.has(f));
}

function collect(ds: DataSet, encoding: string, findings: Finding[], privateTags: Set<string>) {
  for (const [key, el] of Object.entries(ds.elements)) {
    const tag = key.slice(1).toUpperCase();
    const group = parseInt(tag.slice(0, 4), 16);
    if (group % 2 === 1) {
      // Private creators (gggg,0010-00FF) only name the vendor block; count the data elements.
      if (parseInt(tag.slice(4), 16) > 0xff) privateTags.add(tag);
      continue;
    }
    if (el.items) {
      for (const item of el.items) if (item.dataSet) collect(item.dataSet, encodingOf(item.dataSet, encoding), findings, privateTags);
      continue;
    }
    const row = profileRow(tag);
    if (!row || group === 0x0002) continue;
    // UN: an element whose VR a converter lost; the table knows it.
    const vr = el.vr && el.vr !== 'UN' ? el.vr : row[2];
    if (!TEXT_VRS.has(vr) || el.length === 0) continue;
    const text = readText(ds, el, encoding);
    // A page of text is enough to see what a field holds; megabytes of it would only slow the page.
    const value = text.length > MAX_VALUE_CHARS ? text.slice(0, MAX_VALUE_CHARS) + '…' : text;
    if (value.replace(/[\s\\]/g, '') === '') continue;
    findings.push({ tag: tagLabel(tag), keyword: row[1], category: row[4], value });
  }
}

export function reportOf(parsed: Parsed): FileReport {
  const ds = parsed.dataSet;
  const findings: Finding[] = [];
  const privateTags = new Set<string>();
  collect(ds, encodingOf(ds), findings, privateTags);
  return {
    studyUid: str(ds, 'x0020000d'),
    seriesUid: str(ds, 'x0020000e'),
    sopInstanceUid: str(ds, 'x00080018') || str(ds, 'x00020003'),
    patientKey: str(ds, 'x00100020') + '|' + str(ds, 'x00100010'),
    studyDate: str(ds, 'x00080020'),
    description: str(ds, 'x00081030'),
    modality: str(ds, 'x00080060').toUpperCase(),
    findings,
    privateTags: [...privateTags],
    flags: flagsOf(ds),
    isDicomdir: (str(ds, 'x00020002') || str(ds, 'x00080016')) === MEDIA_STORAGE_DIRECTORY,
  };
}

/** A whole file's report (throws ParseError when it is not readable DICOM). */
export const findIdentifiers = (bytes: Uint8Array) => reportOf(parse(bytes));

const isoDate = (da: string) => (/^\d{8}$/.test(da) ? `${da.slice(0, 4)}-${da.slice(4, 6)}-${da.slice(6)}` : undefined);
const categoryRank = (f: Finding) => CATEGORIES.indexOf(f.category);

/**
 * Groups reports into studies (by Study Instance UID; without one, by patient and date).
 * Each DICOMDIR gets a study of its own marked `dicomdir`, since its records span studies.
 */
export function aggregateStudies(reports: FileReport[]): Study[] {
  const groups = new Map<string, FileReport[]>();
  reports.forEach((r, i) => {
    const key = r.isDicomdir ? `dicomdir:${i}` : r.studyUid || `${r.patientKey}|${r.studyDate}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  });
  return [...groups.values()].map((files, i) => {
    const seen = new Set<string>();
    const findings: Finding[] = [];
    for (const f of files.flatMap((r) => r.findings)) {
      const id = f.tag + '\u0000' + f.value;
      if (seen.has(id)) continue;
      seen.add(id);
      findings.push(f);
    }
    findings.sort((a, b) => categoryRank(a) - categoryRank(b) || a.tag.localeCompare(b.tag));
    const first = files[0];
    const flags = new Set(files.flatMap((r) => r.flags));
    return {
      key: `study-${i + 1}`,
      description: first.description || undefined,
      date: isoDate(first.studyDate),
      modalities: [...new Set(files.map((r) => r.modality).filter(Boolean))].sort(),
      files: files.length,
      findings,
      privateCount: new Set(files.flatMap((r) => r.privateTags)).size,
      flags: FLAGS.filter((f) => flags.has(f)),
      ...(first.isDicomdir ? { dicomdir: true } : {}),
    };
  });
}

/**
 * The contract between the file checker's page (components/checker/*.tsx) and its
 * worker (checker.worker.ts). Everything here is plain data so it crosses
 * postMessage; the worker never sees the DOM and the page never parses DICOM.
 */

/** Files larger than this are skipped rather than read: a phone tab dies long before. */
export const MAX_FILE_BYTES = 1024 ** 3;

/** Groups in the order the articles explain them and the page lists them. */
export const CATEGORIES = ['names', 'dates', 'ids', 'places', 'people', 'devices', 'freeText'] as const;
export type Category = (typeof CATEGORIES)[number];

export type Finding = {
  /** "(0010,0010)" as the standard prints it. */
  tag: string;
  /** The standard's keyword, e.g. "PatientName". The page shows a translated label when it has one. */
  keyword: string;
  category: Category;
  /** The value as text, exactly as found (never HTML). Several values are joined with " \ ". */
  value: string;
};

/** Why a file was left out. The page turns each into one translated line. */
export const SKIP_REASONS = ['empty', 'notDicom', 'corrupt', 'tooLarge', 'zip', 'image', 'unreadable'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/**
 * burnedInYes: Burned In Annotation (0028,0301) is YES.
 * burnedInCommon: a modality or SOP class where text in the picture is common
 *   (ultrasound, secondary capture, screenshots, scanned documents).
 * headScan: body part or descriptions say head or brain, so a face may be rebuilt.
 */
export const FLAGS = ['burnedInYes', 'burnedInCommon', 'headScan'] as const;
export type Flag = (typeof FLAGS)[number];

export type Study = {
  /** Stable within one check; not the Study Instance UID itself (that is a finding). */
  key: string;
  description?: string;
  date?: string;
  modalities: string[];
  files: number;
  /** De-duplicated by tag and value across the study's files. */
  findings: Finding[];
  /** Count of distinct private (vendor) elements; their values are not shown. */
  privateCount: number;
  flags: Flag[];
  /** Added by the engine: this entry is a CD's index file (DICOMDIR), not a study. It is checked but left out of the cleaned copy. */
  dicomdir?: boolean;
};

/** The user's choices for the cleaned copy, each one an option PS3.15 Annex E names. */
export type CleanOptions = {
  /** remove: Basic Profile; keep: Retain Longitudinal Temporal Information with Full Dates; shift: ... with Modified Dates. */
  dates: 'remove' | 'keep' | 'shift';
  /** Retain Patient Characteristics (age, sex, size, weight). */
  keepPatientCharacteristics: boolean;
  /** Retain Device Identity. */
  keepDeviceIdentity: boolean;
  /** Retain Institution Identity. */
  keepInstitutionIdentity: boolean;
  /** Clean Descriptors with the user as the human checker: study and series descriptions are kept as they are. */
  keepDescriptions: boolean;
};

export type CheckRequest = { type: 'check'; files: { file: File; path: string }[] };
export type CleanRequest = { type: 'clean'; options: CleanOptions };
export type ToWorker = CheckRequest | CleanRequest;

export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; phase: 'check' | 'clean'; done: number; total: number }
  | { type: 'skipped'; path: string; reason: SkipReason }
  | { type: 'checked'; studies: Study[]; dicomFiles: number; skipped: number }
  /** One file: a .dcm; several: a .zip. Names inside the zip never reuse the user's folder or file names. */
  /** notCleaned: checked files left out of the copy (failed the self-check, big endian, unreadable); the DICOMDIR is not counted. */
  | { type: 'cleaned'; blob: Blob; fileName: string; files: number; notCleaned: number }
  | { type: 'failed'; phase: 'check' | 'clean' };

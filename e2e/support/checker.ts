import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { DEFAULTS, fixtureUid, makeDicom, makeDicomdir, truncated, type FixtureOptions } from '../../components/checker/fixtures';
// dicom-parser is a CommonJS bundle: Playwright's ESM loader sees only its default export.
import dicomParser from 'dicom-parser';

export type Locale = 'en' | 'es';
type Messages = Record<string, unknown>;
const messages = (locale: Locale) => (JSON.parse(readFileSync(`content/messages/${locale}.json`, 'utf8')) as { CheckerPage: Messages }).CheckerPage;

/** The checker's words in one language, read from the messages the page is built from. */
export function words(locale: Locale) {
  const m = messages(locale) as Record<string, string> & Record<'keywords' | 'categories' | 'reasons' | 'flagLinks', Record<string, never>>;
  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
  return {
    m,
    fill,
    keyword: (k: string) => (m.keywords as Record<string, string>)[k],
    category: (c: string) => (m.categories as Record<string, { title: string }>)[c].title,
    /** A findings group's <summary>, "Names and personal details: 5", whatever the count. */
    group: (page: Page, c: string) => page.locator('summary').filter({ hasText: new RegExp(`^${escape(fill(m.groupCount, { title: (m.categories as Record<string, { title: string }>)[c].title, count: 0 })).replace(/0$/, '\\d+')}$`) }),
    reason: (r: string) => (m.reasons as Record<string, string>)[r],
    flagLink: (f: string) => (m.flagLinks as Record<string, string>)[f],
    skippedLine: (name: string, reason: string) => fill(m.skippedLine, { name, reason: (m.reasons as Record<string, string>)[reason] }),
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens a study's group of findings (a closed <details>) so its Show buttons can be reached. */
export async function openGroup(page: Page, locale: Locale, category: string) {
  const summary = words(locale).group(page, category).first();
  await summary.click();
  await expect(summary.locator('..')).toHaveAttribute('open', '');
}

/** Writes files (relative path → bytes) to a fresh temp dir and returns their absolute paths, in order. */
export function writeFiles(files: Record<string, Uint8Array | string>): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'checker-'));
  const paths = Object.entries(files).map(([rel, bytes]) => {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    return path;
  });
  return { dir, paths };
}

/** A small image's pixels, recognisable so a changed byte would show. */
export const pixels = (n = 64 * 64) => Uint8Array.from({ length: n }, (_, i) => (i * 7 + 3) % 251);

/** A study of `count` images sharing study and series UIDs. */
export function series(count: number, o: FixtureOptions = {}): Uint8Array[] {
  const studyUid = fixtureUid();
  const seriesUid = fixtureUid();
  return Array.from({ length: count }, () => makeDicom({ studyUid, seriesUid, pixelBytes: pixels(), ...o }));
}

/** The bytes of the Pixel Data element (header included), to compare before and after cleaning. */
export function pixelData(bytes: Uint8Array): Uint8Array {
  const el = dicomParser.parseDicom(bytes).elements.x7fe00010;
  expect(el, 'Pixel Data present').toBeDefined();
  // Encapsulated (compressed) Pixel Data has an undefined length and runs to its delimiter, the file's end.
  return bytes.slice(el.dataOffset, el.hadUndefinedLength ? bytes.length : el.dataOffset + el.length);
}

/** One element's text in a file's top-level dataset, e.g. header(bytes, 'x00100040') for Patient's Sex. */
export function header(bytes: Uint8Array, tag: string): string | undefined {
  return dicomParser.parseDicom(bytes).string(tag);
}

/** Every text value in a parsed file's dataset, nested items included, for "is it gone?" checks. */
export function allText(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

export { DEFAULTS, makeDicom, makeDicomdir, truncated, fixtureUid };

/** Opens the checker and waits until its worker has loaded (from then on it needs no network). */
export async function openChecker(page: Page, locale: Locale) {
  await page.goto(`/${locale}/check-my-file/`);
  await expect(page.locator('[data-worker]')).toHaveAttribute('data-worker', 'ready', { timeout: 15_000 });
}

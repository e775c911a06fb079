// Checks for the letter action bar (components/script/LetterActions.tsx), for the script spec to
// call once the bar is on the page. Elements are found as a reader finds them: by role and by
// the localized name from the message catalogue. Files go to the OS temp folder, never the repo.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

type Labels = { print: string; downloadPdf: string; pdfDone: string; email: string; emailTooLong: string };
/** Where the bar is: the page, or one letter's part of it when the page has more than one bar. */
type Scope = { scope?: Locator };

function labelsFor(page: Page): Labels {
  const locale = new URL(page.url()).pathname.split('/')[1] === 'es' ? 'es' : 'en';
  return JSON.parse(readFileSync(`content/messages/${locale}.json`, 'utf8')).ScriptPage.letterActions;
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Clicks "Download PDF", saves the file and reads it with poppler: one page, with the given text. */
export async function checkPdfDownload(page: Page, { expectText, scope }: { expectText: string | string[] } & Scope) {
  const t = labelsFor(page);
  const root = scope ?? page;
  const [download] = await Promise.all([page.waitForEvent('download'), root.getByRole('button', { name: t.downloadPdf }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const file = join(mkdtempSync(join(tmpdir(), 'letter-actions-')), download.suggestedFilename());
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
  const text = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
  for (const want of [expectText].flat()) expect(text).toContain(squash(want));
  await expect(root.getByRole('status').filter({ hasText: t.pdfDone })).toBeVisible();
  return { file, text };
}

/** The "Email this letter" link: an unaddressed mailto: whose subject and body decode to the letter. */
export async function checkMailto(page: Page, { expectSubject, expectText = [], scope }: { expectSubject: string; expectText?: string[] } & Scope) {
  const t = labelsFor(page);
  const root = scope ?? page;
  const link = root.getByRole('link', { name: t.email });
  const href = (await link.getAttribute('href')) ?? '';
  expect(href.startsWith('mailto:?subject=')).toBe(true);
  // RFC 6068: no '+' for spaces and no raw line breaks, so every mail app reads it the same way.
  expect(href).not.toMatch(/[+ \n\r]/);
  const params = Object.fromEntries(href.slice('mailto:?'.length).split('&').map((p) => p.split('=') as [string, string]));
  expect(Object.keys(params)).toEqual(['subject', 'body']);
  const subject = decodeURIComponent(params.subject);
  const body = decodeURIComponent(params.body);
  expect(subject).toBe(expectSubject);
  expect(body).toContain(expectSubject);
  expect(body).toMatch(/\r\n/);
  expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const want of expectText) expect(squash(body)).toContain(squash(want));
  // Past the safe length the link stays, with a note pointing to Copy text.
  const note = root.getByText(t.emailTooLong);
  if (href.length > 2000) {
    await expect(note).toBeVisible();
    await expect(link).toHaveAccessibleDescription(t.emailTooLong);
  } else await expect(note).toHaveCount(0);
  return { href, subject, body };
}

/** Scripts the page has loaded so far that carry jsPDF, and fonts fetched for the PDF. */
async function pdfResources(page: Page) {
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  const scripts = urls.filter((u) => new URL(u).pathname.endsWith('.js'));
  const withJsPdf: string[] = [];
  for (const u of scripts) if (/\bjsPDF\b/.test(await (await page.request.get(u)).text())) withJsPdf.push(u);
  return { withJsPdf, fonts: urls.filter((u) => new URL(u).pathname.startsWith('/fonts/')) };
}

/**
 * jsPDF is not in the page's own JavaScript: no script carrying it (and no font) is fetched
 * until "Download PDF" is pressed, and then it is, so the check cannot pass by looking in the
 * wrong place.
 */
export async function checkPdfNotPreloaded(page: Page, { scope }: Scope = {}) {
  const t = labelsFor(page);
  const root = scope ?? page;
  await expect(root.getByRole('button', { name: t.downloadPdf })).toBeVisible();
  expect(await pdfResources(page)).toEqual({ withJsPdf: [], fonts: [] });
  await Promise.all([page.waitForEvent('download'), root.getByRole('button', { name: t.downloadPdf }).click()]);
  expect((await pdfResources(page)).withJsPdf).not.toEqual([]);
}

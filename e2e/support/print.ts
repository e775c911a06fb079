import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';

/** Number of pages in a PDF made by Chromium (counts page objects, not the page tree). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

export const paperSizes = ['A4', 'Letter'] as const;

/** Prints the page as a user would (print media, the page's own @page margins) and counts pages. */
export async function printedPages(page: Page, format: (typeof paperSizes)[number]): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format, preferCSSPageSize: false, printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  return pdfPageCount(pdf);
}

/** The text of each page of a PDF, read by poppler's pdftotext, whitespace squashed. */
export function pdfPagesText(pdf: Buffer): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-', '-'], { input: pdf }).toString('utf8');
  return text
    .split('\f')
    .slice(0, pdfPageCount(pdf))
    .map((p) => p.replace(/\s+/g, ' ').trim());
}

/** Prints as the user would and returns each page's text. */
export async function printedPagesText(page: Page, format: (typeof paperSizes)[number]): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format, preferCSSPageSize: false, printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  return pdfPagesText(pdf);
}

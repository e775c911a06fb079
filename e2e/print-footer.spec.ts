import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { expect, test, type Page } from '@playwright/test';
import { goToStep } from './support/scriptSteps';

// Paper outlives the screen: whoever holds a printed page must be able to tell whose it is,
// where it lives online, how current it was, and that it is not legal advice. The letters a
// patient hands to a clinic are the exception: they are the patient's own words.

type Locale = 'en' | 'es';
type Messages = { Layout: { siteName: string }; PageInfo: Record<string, string>; HandoutSheet: Record<string, string> };
// Read, not hard-coded: the Spanish site name may be translated.
const messages = (locale: Locale): Messages => JSON.parse(readFileSync(`content/messages/${locale}.json`, 'utf8'));

/** Every page of the built sitemap, as its absolute address (as printed) and its path on the test server. */
const sitemap = ([new XMLParser().parse(readFileSync('out/sitemap.xml', 'utf8')).urlset.url].flat() as { loc: string }[]).map(({ loc }) => ({
  address: loc,
  path: new URL(loc).pathname,
  locale: new URL(loc).pathname.split('/')[1] as Locale,
}));
// The language chooser is a doorway, not something anyone prints.
const printable = sitemap.filter((p) => p.path !== '/');
const origin = new URL(sitemap[0].address).origin;
const addressOf = (path: string) => sitemap.find((p) => p.path === path)!.address;

// Desktop project only: playwright.config.ts leaves this spec out of the phone project.

/** The "Last reviewed" date the page shows on screen, read from its dates line. */
async function reviewedOnScreen(page: Page, locale: Locale): Promise<string> {
  const template = messages(locale).PageInfo.dates;
  const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name) => (name === 'reviewed' ? '(?<reviewed>.+?)' : '.+?'))}$`);
  const line = (await page.locator('.page-info p').allInnerTexts()).map((s) => s.trim()).find((s) => pattern.test(s));
  expect(line, 'the dates line on screen').toBeDefined();
  return line!.match(pattern)!.groups!.reviewed;
}

const printedText = async (page: Page) => (await page.locator('body').innerText()).replace(/\s+/g, ' ');

/** What the footer must say, in a locale's words; handouts have their own footer messages. */
function expected(locale: Locale, address: string, reviewed: string, handout: boolean) {
  const m = messages(locale);
  // A handout's dates line: "Published … · Last reviewed {reviewed} · Next review …"; the part naming the review date.
  const review = handout ? `${m.HandoutSheet.dates.split('{reviewed}')[0].split('·').pop()!.trimStart()}{date}` : m.PageInfo.printReviewed;
  return {
    'site name': m.Layout.siteName,
    // A leaflet prints its addresses as people type them, without "https://".
    address: handout ? address.replace(/^https?:\/\//, '') : address,
    'review date': review.replace('{date}', reviewed),
    disclaimer: handout ? m.HandoutSheet.disclaimer : m.PageInfo.disclaimer,
  };
}

function expectAll(text: string, wanted: Record<string, string>, where: string) {
  for (const [what, value] of Object.entries(wanted)) expect(text, `${where}: printed ${what} "${value}"`).toContain(value);
}

/**
 * Relative links are no use on paper: each one still shown must print its full address after
 * it, unless that address is printed elsewhere on the sheet. Controls must not print.
 */
async function expectPaperLinks(page: Page) {
  const bad = await page.evaluate((origin) => {
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const text = document.body.innerText;
    const problems: string[] = [];
    for (const a of document.querySelectorAll('main a[href]')) {
      const href = a.getAttribute('href')!;
      if (!shown(a) || !href.startsWith('/') || href.startsWith('//')) continue;
      const absolute = new URL(href, origin).href;
      const after = getComputedStyle(a, '::after').content;
      if (!after.includes(absolute) && !text.includes(absolute)) problems.push(`link "${(a as HTMLElement).innerText.trim()}" (${href}) prints no address`);
    }
    // Glossary terms are buttons on screen and print as plain words, by design.
    for (const c of document.querySelectorAll('main button:not(.term-button), main a.button, main select, main [role="button"]')) {
      if (shown(c)) problems.push(`control "${(c as HTMLElement).innerText.trim() || c.tagName}" prints`);
    }
    return problems;
  }, origin);
  expect(bad).toEqual([]);
}

for (const { address, path, locale } of printable) {
  test(`${path} prints the site name, its address, its review date and the disclaimer`, async ({ page }) => {
    await page.goto(path);
    const sheets = page.locator('.handout-front');
    if (path.includes('/handouts/print-all/')) {
      // "Print all": every sheet carries its own footer, naming its own handout's address.
      const m = messages(locale);
      expect(await sheets.count()).toBeGreaterThan(1);
      await page.emulateMedia({ media: 'print' });
      for (const sheet of await sheets.all()) {
        const text = (await sheet.innerText()).replace(/\s+/g, ' ');
        expectAll(text, { 'site name': m.Layout.siteName, disclaimer: m.HandoutSheet.disclaimer, address: addressOf(`/${locale}/handouts/${await sheet.getAttribute('data-slug')}/`).replace(/^https?:\/\//, '') }, path);
      }
      return expectPaperLinks(page);
    }
    const handout = (await sheets.count()) > 0;
    const reviewed = await reviewedOnScreen(page, locale);
    await page.emulateMedia({ media: 'print' });
    // A handout is the sheet alone: the four things must be on the sheet itself.
    const text = handout ? (await page.locator('.handout-front').innerText()).replace(/\s+/g, ' ') : await printedText(page);
    expectAll(text, expected(locale, address, reviewed, handout), path);
    await expectPaperLinks(page);
  });
}

test('a two-language handout: the back carries the same four things in its own language', async ({ page }) => {
  const path = '/en/handouts/your-rights-in-the-us/';
  await page.goto(`/es/handouts/your-rights-in-the-us/`);
  const reviewed = await reviewedOnScreen(page, 'es');
  await page.goto('about:blank');
  await page.goto(`${path}#bi=1`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout-back')).toBeVisible();
  const back = (await page.locator('.handout-back').innerText()).replace(/\s+/g, ' ');
  expectAll(back, expected('es', addressOf('/es/handouts/your-rights-in-the-us/'), reviewed, true), 'back of the handout');
});

for (const locale of ['en', 'es'] as const) {
  test(`${locale} script: the spoken script and the due date carry the footer; the letters sent to the clinic carry none`, async ({ page }) => {
    const path = `/${locale}/script/`;
    await page.goto(`${path}#g=access&j=us`);
    await expect(page.locator('[data-part="script"] h2')).toBeVisible();
    const reviewed = await reviewedOnScreen(page, locale);
    const footer = expected(locale, addressOf(path), reviewed, false);
    await page.emulateMedia({ media: 'print' });
    expectAll(await printedText(page), footer, 'script sheet');
    await expectPaperLinks(page);
    // Print prints the step on screen: step 2 the request letter, step 4 the follow-up letter.
    for (const [step, name] of [[2, 'request letter'], [4, 'follow-up letter']] as const) {
      await page.emulateMedia({ media: 'screen' });
      await goToStep(page, locale, step);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator(`[data-part="${step === 2 ? 'letter' : 'followUp'}"] article`).first(), `${name} prints`).toBeVisible();
      const text = await printedText(page);
      for (const what of ['site name', 'address', 'review date', 'disclaimer'] as const) expect(text, `${name} prints no ${what}`).not.toContain(footer[what]);
    }
    // The due-date sheet (step 3) is the reader's own, like the script: it carries the footer.
    await page.emulateMedia({ media: 'screen' });
    await goToStep(page, locale, 3);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-part="date"] h2')).toBeVisible();
    expectAll(await printedText(page), footer, 'due-date sheet');
  });
}

test('"What you can do" prints each tool\'s full address after its name', async ({ page }) => {
  await page.goto('/en/articles/your-rights-in-the-us/');
  await page.emulateMedia({ media: 'print' });
  const links = page.locator('section[aria-labelledby="what-you-can-do"] a');
  await expect(links.first()).toBeVisible();
  const after = await links.evaluateAll((els) => els.map((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]));
  expect(after.length).toBeGreaterThanOrEqual(3);
  for (const [href, content] of after) expect(content).toBe(`" (${origin}${href})"`);
});

// The browser's own print path: what ends up in the PDF, not just what the DOM says.
for (const path of ['/en/articles/your-rights-in-the-us/', '/es/checklists/before-your-scan/']) {
  test(`${path} as PDF: site name, address, review date and disclaimer in the text`, async ({ page }) => {
    const locale = path.split('/')[1] as Locale;
    await page.goto(path);
    const reviewed = await reviewedOnScreen(page, locale);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    // Addresses may break across lines in the PDF: compare without any whitespace.
    const squash = (s: string) => s.replace(/\s+/g, '');
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8'));
    const wanted = expected(locale, addressOf(path), reviewed, false);
    for (const [what, value] of Object.entries(wanted)) expect(text, `PDF ${what}`).toContain(squash(value));
    if (path.includes('/articles/')) expect(text, 'a tool address from "What you can do"').toContain(squash(`${origin}/${locale}/questions/`));
  });
}

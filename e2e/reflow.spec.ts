import { expect, test, type Page } from '@playwright/test';
import { goToStep } from './support/scriptSteps';
import { sitemapPaths } from './support/site';

// WCAG 1.4.10 Reflow: at 320 CSS px wide (1280 px zoomed to 400 %) nothing may need sideways
// scrolling. One project is enough: the viewport is set here, and the phone project would only
// repeat the same layout.
test.use({ viewport: { width: 320, height: 640 } });
// Desktop project only: playwright.config.ts leaves this spec out of the phone project.

/**
 * Page-level sideways scroll, and every element whose right edge passes the viewport's, named
 * by a short selector. Only the outermost such element is named (its children overflow with
 * it). Ignored: visually hidden text, and anything inside a container that clips or scrolls
 * its own overflow while fitting itself (a data table scrolling in its own region is allowed).
 */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const limit = window.innerWidth + 1;
    const clipsX = (el: Element) => ['hidden', 'auto', 'scroll', 'clip'].includes(getComputedStyle(el).overflowX);
    const hidden = (el: Element) => el.closest('.sr-only') !== null || getComputedStyle(el).visibility === 'hidden';
    const name = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        const cls = [...e.classList].filter((c) => !c.includes(':') && !c.includes('[')).slice(0, 2).map((c) => `.${c}`).join('');
        parts.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${cls}`);
        if (e.id) break;
      }
      return parts.join(' > ');
    };
    const sticksOut = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.right > limit;
    };
    const clippedInside = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (clipsX(a) && !sticksOut(a)) return true;
      return false;
    };
    const offenders: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (!sticksOut(el) || hidden(el) || clippedInside(el)) continue;
      // Name the outermost offender only: a wide child of a wide parent adds nothing.
      if (el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement) && !hidden(el.parentElement)) continue;
      offenders.push(`${name(el)} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
    }
    // Text that overflows its own box (a long unbroken address) moves no element's edge.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || hidden(parent) || sticksOut(parent)) continue;
      range.selectNodeContents(node);
      const right = range.getBoundingClientRect().right;
      if (right > limit && !(clipsX(parent) || clippedInside(parent))) offenders.push(`text in ${name(parent)} (right edge ${Math.round(right)} px)`);
    }
    const root = document.documentElement;
    return { scroll: root.scrollWidth - root.clientWidth, offenders };
  });
}

async function expectReflow(page: Page, what: string) {
  const { scroll, offenders } = await overflow(page);
  expect(offenders, `${what}: elements past the right edge at 320 px`).toEqual([]);
  expect(scroll, `${what}: page scrolls sideways by ${scroll} px`).toBeLessThanOrEqual(0);
}

for (const path of sitemapPaths()) {
  test(`${path} reflows at 320 px`, async ({ page }) => {
    await page.goto(path);
    await expectReflow(page, path);
  });
}

// The tools show most of their content only after a few answers.
for (const locale of ['en', 'es'] as const) {
  test(`${locale} questions: the answered list, every question opened, a long custom question`, async ({ page }) => {
    await page.goto(`/${locale}/questions/#v=1&scan=mri&body=head&setting=research&region=us`);
    const list = page.locator('.question-item');
    await expect(list.first()).toBeVisible();
    await page.locator('main details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
    const count = await list.count();
    await page.locator('#custom-question').fill('Is my scan on https://portal.example-hospital-network.org/patient/records/imaging/consent-and-data-sharing-preferences?');
    await page.locator('form:has(#custom-question) button[type="submit"]').click();
    await expect(list).toHaveCount(count + 1);
    await page.locator('main input[type="checkbox"]').evaluateAll((els) => els.forEach((c) => !(c as HTMLInputElement).checked && (c as HTMLInputElement).click()));
    await expectReflow(page, `/${locale}/questions/ answered`);
  });

  test(`${locale} script: a goal and a place, every field filled, each of the four steps and the two-language script`, async ({ page }) => {
    const values: Record<string, string> = {
      name: 'Maria-Fernanda Gonzalez-Rodriguez de la Concepcion',
      facility: 'Saint Bartholomew-the-Great Diagnostic Imaging and Radiology Centre, North Wing',
      record: 'MRN-0000-1234-5678-9012-3456-7890-ABCD',
      reason: 'I do not want my images used to train software, because my face can be rebuilt from a head scan.',
      contact: 'maria.fernanda.gonzalez-rodriguez.delaconcepcion@example-mail-provider.org',
    };
    // "decline" asks for reasons, "confidential" for a contact address (often a long email).
    for (const choice of ['g=decline&j=eu', 'g=confidential&j=us']) {
      await page.goto('about:blank');
      await page.goto(`/${locale}/script/#${choice}`);
      // The step navigation itself must fit 320 px, and each step's content.
      await goToStep(page, locale, 2);
      await expect(page.locator('[data-part="letter"] article').first()).toBeVisible();
      for (const [name, value] of Object.entries(values)) {
        const field = page.locator(`main [name="${name}"]`);
        if (await field.count()) await field.fill(value);
      }
      const tickAll = () => page.locator('main input[type="checkbox"]').evaluateAll((els) => els.forEach((c) => !(c as HTMLInputElement).checked && (c as HTMLInputElement).click()));
      await tickAll();
      await expectReflow(page, `/${locale}/script/#${choice} with a letter`);
      await goToStep(page, locale, 1);
      await tickAll();
      await expect(page.locator('.bilingual')).toBeVisible();
      await expectReflow(page, `/${locale}/script/#${choice} two-language script`);
      for (const n of [3, 4] as const) {
        await goToStep(page, locale, n);
        await expectReflow(page, `/${locale}/script/#${choice} step ${n}`);
      }
    }
  });

  test(`${locale} handout: two languages and large print, with a "provided by" line`, async ({ page }) => {
    await page.goto(`/${locale}/handouts/your-rights-in-the-us/#by=${encodeURIComponent('Riverside Community Imaging Centre')}&bi=1&large=1`);
    await expect(page.locator('.handout-back')).toBeVisible();
    await expectReflow(page, `/${locale}/handouts/your-rights-in-the-us/ bilingual, large`);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('en script: every goal and place opened, letters included', async ({ page }) => {
    await page.goto('/en/script/');
    await page.locator('main details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
    await expectReflow(page, '/en/script/ without JavaScript');
  });
});

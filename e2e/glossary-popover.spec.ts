import { expect, test, type Locator, type Page } from '@playwright/test';

// A definition must open next to the word that opened it, never on top of it, and close the
// ways people try: the close button, Esc, or a tap somewhere else.
const cases = [
  { locale: 'en', terms: ['Defacing', 'Safe Harbor'], close: 'Close' },
  { locale: 'es', terms: ['borrado del rostro', 'método de puerto seguro (Safe Harbor)'], close: 'Cerrar' },
] as const;
const slug = 'your-face-in-your-head-scan';
/** How far from the word the definition may open, in CSS pixels. */
const near = 12;

type Box = { x: number; y: number; width: number; height: number };

/** Scrolls so the word's top (or bottom) is `fraction` of the way down the screen. */
async function placeWord(word: Locator, fraction: number, edge: 'top' | 'bottom' = 'top') {
  await word.evaluate(
    (el, [f, e]) => {
      const r = el.getBoundingClientRect();
      window.scrollBy(0, (e === 'top' ? r.top : r.bottom) - window.innerHeight * Number(f));
    },
    [fraction, edge] as const,
  );
}

async function open(page: Page, word: Locator) {
  const id = (await word.getAttribute('popovertarget'))!;
  await word.click();
  const popover = page.locator(`[id="${id}"]`);
  await expect(popover).toBeVisible();
  return popover;
}

async function boxes(page: Page, word: Locator, popover: Locator) {
  const w = (await word.boundingBox())!;
  const p = (await popover.boundingBox())!;
  return { w, p, viewport: page.viewportSize()! };
}

function expectBeside(w: Box, p: Box, width: number, side: 'below' | 'above' | 'either') {
  const below = p.y - (w.y + w.height);
  const above = w.y - (p.y + p.height);
  const gap = side === 'below' ? below : side === 'above' ? above : Math.max(below, above);
  expect(gap, `gap to the word (${side})`).toBeGreaterThanOrEqual(-0.5);
  expect(gap, `gap to the word (${side})`).toBeLessThanOrEqual(near);
  // Beside it means sharing some of the word's width, not off to one side.
  expect(Math.min(p.x + p.width, w.x + w.width) - Math.max(p.x, w.x)).toBeGreaterThan(0);
  expect(p.x).toBeGreaterThanOrEqual(0);
  expect(p.x + p.width).toBeLessThanOrEqual(width);
}

function suite(title: string) {
  for (const c of cases) {
    test.describe(`${title} (${c.locale})`, () => {
      test.beforeEach(async ({ page }) => {
        await page.goto(`/${c.locale}/articles/${slug}/`);
      });

      for (const term of c.terms) {
        test(`"${term}" opens just below its word, inside the screen`, async ({ page }) => {
          const word = page.getByRole('button', { name: term, exact: true }).first();
          await placeWord(word, 0.15);
          const popover = await open(page, word);
          const { w, p, viewport } = await boxes(page, word, popover);
          expectBeside(w, p, viewport.width, 'below');
        });

        test(`"${term}" near the bottom of the screen opens above its word`, async ({ page }) => {
          const word = page.getByRole('button', { name: term, exact: true }).first();
          await placeWord(word, 0.95, 'bottom');
          const popover = await open(page, word);
          const { w, p, viewport } = await boxes(page, word, popover);
          expect(w.y + w.height).toBeLessThanOrEqual(viewport.height);
          expectBeside(w, p, viewport.width, 'above');
        });
      }

      test('closes with its close button, with Esc, and with a tap outside', async ({ page, hasTouch }) => {
        const word = page.getByRole('button', { name: c.terms[0], exact: true }).first();
        await placeWord(word, 0.4);

        let popover = await open(page, word);
        const close = popover.getByRole('button', { name: c.close, exact: true });
        const target = (await close.boundingBox())!;
        expect(target.width).toBeGreaterThanOrEqual(44);
        expect(target.height).toBeGreaterThanOrEqual(44);
        await close.click();
        await expect(popover).toBeHidden();

        popover = await open(page, word);
        await page.keyboard.press('Escape');
        await expect(popover).toBeHidden();

        popover = await open(page, word);
        const { w, p } = await boxes(page, word, popover);
        // The page's left margin, level with the word: outside the popover, on no link or button.
        const x = Math.min(w.x, p.x) / 2;
        const y = w.y + w.height / 2;
        if (hasTouch) await page.touchscreen.tap(x, y);
        else await page.mouse.click(x, y);
        await expect(popover).toBeHidden();
        await expect(word).toBeVisible();
      });
    });
  }
}

suite('glossary popover');

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  suite('glossary popover, 320 px');
});

import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { questionBank } from './support/content';
import { paperSizes, printedPages } from './support/print';

const text = {
  en: {
    scan: 'Type of scan', mri: 'MRI', body: 'Part of the body', head: 'Head, face or neck', setting: 'Where you are having it', research: 'Research study',
    region: 'Where you live', us: 'United States', eu: 'EU or EEA', worries: 'What worries you? (choose any)', face: 'My face and identity', forWhom: 'Who is the scan for?', other: 'Someone I care for',
    list: 'Your questions', askFirst: 'Ask first', more: 'More questions you could ask', custom: 'Add your own question', addMine: 'Add my question', tooLong: /too long/,
    moveUp: (n: number) => `Move question ${n} up`, remove: (n: number) => `Remove question ${n}`, note: (n: number) => `Your notes for question ${n}`,
    includeNotes: 'Include my notes in the link and the text', pocket: 'Pocket version: the first five only', bilingual: 'Also print each question in Spanish (español)',
    copyText: 'Copy as text', ignoredAnswers: /Some answers in this link were not valid/, ignoredQuestions: /Some questions in this link no longer exist/, ignoredCustom: /Some of your own questions/,
    topic: 'AI reading your images', secondLang: 'es',
    moveDown: (n: number) => `Move question ${n} down`, addNote: (n: number) => `Add a note to question ${n}`, options: 'Options', showList: 'Show my questions', change: 'Change answers',
    formTitle: 'About your scan', count: (n: number) => `Your list has ${n} question${n === 1 ? '' : 's'}.`, print: 'Print', actions: 'Print or share your list',
    summary: 'MRI · Head, face or neck · Research study · United States · My face and identity', otherLanguage: 'Español', otherLocale: 'es',
    remember: 'Keep this list on this device', clear: 'Clear everything', blocked: /will not let us keep your list/, cleared: /were cleared from this page and this device/,
  },
  es: {
    scan: 'Tipo de estudio', mri: 'Resonancia magnética', body: 'Parte del cuerpo', head: 'Cabeza, cara o cuello', setting: 'Dónde se lo hace', research: 'Estudio de investigación',
    region: 'Dónde vive', us: 'Estados Unidos', eu: 'Unión Europea o EEE', worries: '¿Qué le preocupa? (elija las que quiera)', face: 'Mi cara y mi identidad', forWhom: '¿Para quién es el estudio?', other: 'Para alguien que cuido',
    list: 'Sus preguntas', askFirst: 'Pregunte primero', more: 'Más preguntas que puede hacer', custom: 'Añada su propia pregunta', addMine: 'Añadir mi pregunta', tooLong: /demasiado larga/,
    moveUp: (n: number) => `Subir la pregunta ${n}`, remove: (n: number) => `Quitar la pregunta ${n}`, note: (n: number) => `Sus notas para la pregunta ${n}`,
    includeNotes: 'Incluir mis notas en el enlace y en el texto', pocket: 'Versión de bolsillo: solo las cinco primeras', bilingual: 'Imprimir también cada pregunta en inglés (English)',
    copyText: 'Copiar como texto', ignoredAnswers: /Algunas respuestas de este enlace/, ignoredQuestions: /Algunas preguntas de este enlace ya no existen/, ignoredCustom: /Algunas de sus preguntas/,
    topic: 'La IA que lee sus imágenes', secondLang: 'en',
    moveDown: (n: number) => `Bajar la pregunta ${n}`, addNote: (n: number) => `Añadir una nota a la pregunta ${n}`, options: 'Opciones', showList: 'Ver mis preguntas', change: 'Cambiar respuestas',
    formTitle: 'Sobre su estudio', count: (n: number) => `Su lista tiene ${n} pregunta${n === 1 ? '' : 's'}.`, print: 'Imprimir', actions: 'Imprimir o compartir su lista',
    summary: 'Resonancia magnética · Cabeza, cara o cuello · Estudio de investigación · Estados Unidos · Mi cara y mi identidad', otherLanguage: 'English', otherLocale: 'en',
    remember: 'Guardar esta lista en este dispositivo', clear: 'Borrar todo', blocked: /no nos permite guardar su lista/, cleared: /se borraron de esta página y de este dispositivo/,
  },
} as const;

const injection = `<img src=x onerror="window.__pwned=1"> & <script>window.__pwned=1</script>`;

async function answer(page: Page, t: (typeof text)['en' | 'es'], choices: { scan?: string; body?: string; setting?: string; region?: string; worry?: string; other?: boolean }) {
  if (choices.scan) await page.getByRole('group', { name: t.scan }).getByRole('radio', { name: choices.scan, exact: true }).check();
  if (choices.body) await page.getByRole('group', { name: t.body }).getByRole('radio', { name: choices.body, exact: true }).check();
  if (choices.setting) await page.getByRole('group', { name: t.setting }).getByRole('radio', { name: choices.setting, exact: true }).check();
  if (choices.region) await page.getByRole('group', { name: t.region }).getByRole('radio', { name: choices.region, exact: true }).check();
  if (choices.worry) await page.getByRole('group', { name: t.worries }).getByRole('checkbox', { name: choices.worry, exact: true }).check();
  if (choices.other) await page.getByRole('group', { name: t.forWhom }).getByRole('radio', { name: t.other, exact: true }).check();
}

// The print and share options people change less often sit behind "Options" in the action bar.
async function openOptions(page: Page, t: (typeof text)['en' | 'es']) {
  const summary = page.getByRole('group', { name: t.actions }).getByText(t.options, { exact: true });
  if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click();
}

async function addNote(page: Page, t: (typeof text)['en' | 'es'], n: number, note: string) {
  await page.getByRole('button', { name: t.addNote(n), exact: true }).click();
  await expect(page.getByRole('textbox', { name: t.note(n), exact: true })).toBeFocused();
  await page.getByRole('textbox', { name: t.note(n), exact: true }).fill(note);
}

const listItems = (page: Page, t: (typeof text)['en' | 'es']) => page.getByRole('region', { name: t.list }).getByRole('listitem');
const questionTexts = (page: Page, t: (typeof text)['en' | 'es']) => listItems(page, t).locator('.question-text');

for (const locale of ['en', 'es'] as const) {
  const t = text[locale];
  const bank = questionBank(locale);
  const url = `/${locale}/questions/`;
  const headQuestion = bank.find((q) => q.when.body?.includes('head') && !q.when.region && !q.when.scan && !q.when.setting)!;
  const usOnly = bank.find((q) => q.when.region?.length === 1 && q.when.region[0] === 'us' && Object.keys(q.when).length === 1)!;
  const euOnly = bank.find((q) => q.when.region?.includes('eu') && !q.when.region.includes('us'))!;
  const anywhere = (page: Page, q: string) => page.getByRole('main').getByText(q, { exact: true });

  test.describe(`questions (${locale})`, () => {
    test('the answers shape the list: head and US questions in, EU questions out', async ({ page }) => {
      await page.goto(url);
      await expect(anywhere(page, usOnly.question.self)).toHaveCount(0);
      await answer(page, t, { scan: t.mri, body: t.head, region: t.us, worry: t.face });
      await expect(anywhere(page, headQuestion.question.self)).toBeVisible();
      await expect(anywhere(page, usOnly.question.self)).toBeVisible();
      await expect(anywhere(page, euOnly.question.self)).toHaveCount(0);
      await expect(listItems(page, t).filter({ hasText: t.askFirst })).toHaveCount(5);
      // The state is in the fragment only.
      expect(new URL(page.url()).hash).toContain('region=us');
      await answer(page, t, { region: t.eu });
      await expect(anywhere(page, euOnly.question.self)).toBeVisible();
      await expect(anywhere(page, usOnly.question.self)).toHaveCount(0);
    });

    test('asking for someone else rewords the questions', async ({ page }) => {
      await page.goto(url);
      await answer(page, t, { body: t.head, other: true });
      await expect(anywhere(page, headQuestion.question.other)).toBeVisible();
      await expect(anywhere(page, headQuestion.question.self)).toHaveCount(0);
    });

    test('each question opens to why it matters, a good answer, a next step and its source', async ({ page }) => {
      await page.goto(url);
      const first = listItems(page, t).first();
      await first.locator('summary').click();
      await expect(first.getByRole('definition')).toHaveCount(4);
      // Every fact has its source on the page: the question's source links to its publisher.
      await expect(first.getByRole('definition').last().getByRole('link')).toHaveAttribute('href', /^https:\/\//);
    });

    test('remove, reorder by keyboard, add your own (shown as text), and notes', async ({ page }) => {
      await page.goto(url);
      const items = listItems(page, t);
      const firstText = await questionTexts(page, t).nth(0).innerText();
      const secondText = await questionTexts(page, t).nth(1).innerText();
      // Keyboard: focus "move question 2 up" and press Enter.
      await page.getByRole('button', { name: t.moveUp(2), exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(items.nth(0)).toContainText(secondText);
      await expect(items.nth(1)).toContainText(firstText);
      // Remove the (new) first question: it moves to "more questions".
      const count = await items.count();
      await page.getByRole('button', { name: t.remove(1), exact: true }).click();
      await expect(items).toHaveCount(count - 1);
      await expect(page.getByRole('region', { name: t.more }).getByText(secondText)).toBeVisible();
      // Over-long custom question: refused with a message, not cut.
      const box = page.getByRole('textbox', { name: t.custom });
      await box.fill('x'.repeat(301));
      await expect(page.getByText('301')).toBeVisible();
      await expect(page.getByText(t.tooLong)).toBeVisible();
      await page.getByRole('button', { name: t.addMine }).click();
      await expect(items).toHaveCount(count - 1);
      // Markup is shown as text, never run.
      await box.fill(injection);
      await page.getByRole('button', { name: t.addMine }).click();
      await expect(items).toHaveCount(count);
      await expect(items.last()).toContainText(injection);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await addNote(page, t, 1, 'Asked at the desk: "yes"');
      await expect(page.getByRole('textbox', { name: t.note(1), exact: true })).toHaveValue('Asked at the desk: "yes"');
    });

    test('a shared link gives exactly the same list in a fresh browser; notes only when included', async ({ page, browser }) => {
      await page.goto(url);
      await answer(page, t, { scan: t.mri, body: t.head, setting: t.research, region: t.us });
      await page.getByRole('button', { name: t.moveUp(3), exact: true }).click();
      await page.getByRole('button', { name: t.remove(4), exact: true }).click();
      await page.getByRole('textbox', { name: t.custom }).fill(injection);
      await page.getByRole('button', { name: t.addMine }).click();
      await addNote(page, t, 1, 'private note');
      const expected = await questionTexts(page, t).allInnerTexts();
      const withoutNotes = page.url();
      expect(withoutNotes).not.toContain('private');
      await openOptions(page, t);
      await page.getByRole('checkbox', { name: t.includeNotes }).check();
      const withNotes = page.url();
      expect(withNotes).toContain('private');

      const context = await browser.newContext();
      const fresh = await context.newPage();
      await fresh.goto(withoutNotes);
      await expect(questionTexts(fresh, t)).toHaveText(expected);
      // No note: the card offers to add one, and its field is not open.
      await expect(fresh.getByRole('button', { name: t.addNote(1), exact: true })).toBeVisible();
      await expect(fresh.getByRole('textbox', { name: t.note(1), exact: true })).toHaveCount(0);
      await fresh.goto('about:blank');
      await fresh.goto(withNotes);
      await expect(fresh.getByRole('textbox', { name: t.note(1), exact: true })).toHaveValue('private note');
      await context.close();
    });

    test('copy as text gives the numbered list', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(url);
      await page.getByRole('button', { name: t.copyText }).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const first = await questionTexts(page, t).first().innerText();
      expect(copied).toContain(`1. ${first}`);
      expect(copied).toContain('/questions/#v=1');
    });

    test('a tampered link keeps what is valid and says what was left out', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${url}#v=1&scan=spaceship&body=head&list=ghost,${headQuestion.id}&c=${'y'.repeat(400)}`);
      await expect(page.getByText(t.ignoredAnswers)).toBeVisible();
      await expect(page.getByText(t.ignoredQuestions)).toBeVisible();
      await expect(page.getByText(t.ignoredCustom)).toBeVisible();
      await expect(listItems(page, t)).toHaveCount(1);
      await page.getByRole('button', { name: t.change }).click();
      await expect(page.getByRole('group', { name: t.body }).getByRole('radio', { name: t.head, exact: true })).toBeChecked();
      await page.goto(`${url}#v=1&c=${'z'.repeat(200_000)}`);
      await page.reload();
      await expect(listItems(page, t).first()).toBeVisible();
      expect(errors).toEqual([]);
    });

    test('print: full list on at most two pages, pocket on one, bilingual on at most two (A4 and Letter)', async ({ page }) => {
      await page.goto(url);
      await answer(page, t, { scan: t.mri, body: t.head, region: t.us, worry: t.face });
      await page.getByRole('textbox', { name: t.custom }).fill('Can I have a copy of my images on a disc?');
      await page.getByRole('button', { name: t.addMine }).click();
      for (const format of paperSizes) expect(await printedPages(page, format), `full on ${format}`).toBeLessThanOrEqual(2);
      await openOptions(page, t);
      await page.getByRole('checkbox', { name: t.bilingual }).check();
      await expect(page.locator(`.second-language[lang="${t.secondLang}"]`).first()).toBeVisible();
      for (const format of paperSizes) expect(await printedPages(page, format), `bilingual on ${format}`).toBeLessThanOrEqual(2);
      await page.getByRole('radio', { name: t.pocket }).check();
      for (const format of paperSizes) expect(await printedPages(page, format), `pocket on ${format}`).toBe(1);
      await addNote(page, t, 1, 'Ask for Dana');
      await page.emulateMedia({ media: 'print' });
      // Notes print; cards without one print only the answer line, no empty box.
      await expect(listItems(page, t).first().getByRole('textbox')).toHaveValue('Ask for Dana');
      await expect(listItems(page, t).first().getByRole('textbox')).toBeVisible();
      await expect(listItems(page, t).nth(1).getByRole('textbox')).toHaveCount(0);
      await expect(listItems(page, t).filter({ hasText: t.askFirst })).toHaveCount(5);
      await expect(page.getByRole('banner')).toBeHidden();
      expect(await listItems(page, t).evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length)).toBe(5);
    });
  });

  test.describe(`questions on a phone-sized screen (${locale})`, () => {
    const status = (page: Page) => page.getByRole('region', { name: t.list }).getByRole('status').first();

    test('after answering, the summary, the count and the first question are on screen', async ({ page }) => {
      await page.goto(url);
      await answer(page, t, { scan: t.mri, body: t.head, setting: t.research, region: t.us, worry: t.face });
      await page.getByRole('button', { name: t.showList }).click();
      const summary = page.getByRole('region', { name: t.formTitle });
      await expect(summary).toContainText(t.summary);
      await expect(page.getByRole('button', { name: t.change })).toBeFocused();
      await expect(page.getByRole('group', { name: t.scan })).toHaveCount(0);
      const count = await listItems(page, t).count();
      await expect(status(page)).toHaveText(t.count(count));
      await expect(status(page)).toBeInViewport();
      await expect(listItems(page, t).first()).toBeInViewport();
      // "Change answers" opens the form again, and the list keeps following it.
      await page.getByRole('button', { name: t.change }).click();
      await expect(page.getByRole('heading', { name: t.formTitle })).toBeFocused();
      await answer(page, t, { region: t.eu });
      await expect(status(page)).toHaveText(t.count(await listItems(page, t).count()));
    });

    test('a link with answers opens folded; each change to the list says how long it is', async ({ page }) => {
      await page.goto(`${url}#v=1&body=head&list=${headQuestion.id},${usOnly.id}`);
      await expect(page.getByRole('button', { name: t.change })).toBeVisible();
      await expect(page.getByRole('group', { name: t.scan })).toHaveCount(0);
      await page.getByRole('button', { name: t.remove(2), exact: true }).click();
      await expect(status(page)).toContainText(t.count(1));
      await page.getByRole('region', { name: t.more }).getByRole('button').first().click();
      await expect(status(page)).toContainText(t.count(2));
    });

    test('the print button is never more than a screen from the last question', async ({ page }) => {
      await page.goto(`${url}#v=1&scan=mri&body=head&setting=research&region=us&worries=face`);
      await listItems(page, t).last().scrollIntoViewIfNeeded();
      await expect(page.getByRole('group', { name: t.actions }).getByRole('button', { name: t.print, exact: true })).toBeInViewport();
      await listItems(page, t).first().scrollIntoViewIfNeeded();
      await expect(page.getByRole('group', { name: t.actions }).getByRole('button', { name: t.print, exact: true })).toBeInViewport();
    });

    test('keyboard focus never hides under the action bar', async ({ page }) => {
      await page.goto(`${url}#v=1&scan=mri&body=head&setting=research&region=us&worries=face`);
      await page.getByRole('button', { name: t.addNote(1), exact: true }).focus();
      const bar = page.getByRole('group', { name: t.actions });
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab');
        const inList = await page.evaluate(() => !!document.activeElement?.closest('.question-item'));
        if (!inList) continue;
        const barTop = (await bar.boundingBox())!.y;
        const focused = (await page.locator(':focus').boundingBox())!;
        expect(focused.y + focused.height, `focus ${i}`).toBeLessThanOrEqual(barTop);
      }
    });

    test('folded, with a note, and with the options open: no axe violations, light and dark', async ({ page }) => {
      await page.goto(`${url}#v=1&scan=mri&body=head&setting=research&region=us&worries=face`);
      await addNote(page, t, 1, 'A note');
      // At the end of the page the bar sits after the list: while it sticks to the bottom of the
      // screen, axe counts the card it half covers as a small target until one scrolls on.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), colorScheme).toEqual([]);
      }
      // Opened, the options panel covers part of the list until closed, as a menu does; the
      // panel itself is checked (the cards under it are checked above).
      await openOptions(page, t);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page, { include: '.action-bar' }), `options, ${colorScheme}`).toEqual([]);
      }
    });

    test('move and remove are icon buttons named for their question; the first "move up" looks and is disabled', async ({ page }) => {
      await page.goto(url);
      // Count only once the list is drawn: straight after loading it can still be the no-script page.
      await expect(listItems(page, t).first()).toBeVisible();
      const count = await listItems(page, t).count();
      const up1 = page.getByRole('button', { name: t.moveUp(1), exact: true });
      const up2 = page.getByRole('button', { name: t.moveUp(2), exact: true });
      const downLast = page.getByRole('button', { name: t.moveDown(count), exact: true });
      await expect(page.getByRole('button', { name: t.remove(3), exact: true })).toBeVisible();
      await expect(up1).toHaveAttribute('aria-disabled', 'true');
      await expect(downLast).toHaveAttribute('aria-disabled', 'true');
      await expect(up2).not.toHaveAttribute('aria-disabled');
      const look = (l: typeof up1) => l.evaluate((e) => ({ opacity: Number(getComputedStyle(e).opacity), cursor: getComputedStyle(e).cursor }));
      expect(await look(up1)).toEqual({ opacity: expect.any(Number), cursor: 'not-allowed' });
      expect((await look(up1)).opacity).toBeLessThan(0.6);
      expect(await look(up2)).toEqual({ opacity: 1, cursor: 'pointer' });
      // Still focusable, and pressing it does nothing.
      const first = await questionTexts(page, t).first().innerText();
      await up1.focus();
      await page.keyboard.press('Enter');
      await expect(up1).toBeFocused();
      await expect(questionTexts(page, t).first()).toHaveText(first);
    });

    test('a note survives switching language, and stays out of the address', async ({ page }) => {
      await page.goto(`${url}#v=1&scan=mri&body=head&region=us`);
      await addNote(page, t, 2, 'Ask Dana at the desk');
      expect(page.url()).not.toContain('Dana');
      await page.getByRole('banner').getByRole('link', { name: t.otherLanguage }).click();
      await expect(page).toHaveURL(new RegExp(`/${t.otherLocale}/questions/#v=1`));
      const o = text[t.otherLocale];
      await expect(page.getByRole('textbox', { name: o.note(2), exact: true })).toHaveValue('Ask Dana at the desk');
      expect(page.url()).not.toContain('Dana');
      expect(page.url()).toContain('region=us');
    });

    test('an address with a plain #anchor (as a search result might give) opens the kept list, untouched', async ({ page }) => {
      const key = 'before-your-scan:questions';
      await page.goto(url);
      await answer(page, t, { body: t.head, region: t.us });
      await addNote(page, t, 1, 'Kept note');
      const expected = await questionTexts(page, t).allInnerTexts();
      await page.getByRole('checkbox', { name: t.remember }).check();
      const kept = await page.evaluate((k) => localStorage.getItem(k), key);
      await page.goto('about:blank');
      await page.goto(`${url}#topic-ai`);
      await expect(questionTexts(page, t)).toHaveText(expected);
      await expect(page.getByRole('textbox', { name: t.note(1), exact: true })).toHaveValue('Kept note');
      // No "damaged link" notice (Next's own empty route announcer is an alert too, hence the text filter).
      await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
      expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(kept);
    });

    test('"keep this list on this device" brings the list and notes back; "clear everything" removes them', async ({ page }) => {
      const key = 'before-your-scan:questions';
      await page.goto(url);
      await answer(page, t, { body: t.head, region: t.us });
      await page.getByRole('button', { name: t.remove(1), exact: true }).click();
      await addNote(page, t, 1, 'Kept note');
      const expected = await questionTexts(page, t).allInnerTexts();
      await page.getByRole('checkbox', { name: t.remember }).check();
      expect(await page.evaluate((k) => localStorage.getItem(k), key)).toContain('Kept+note');
      await page.goto('about:blank');
      await page.goto(url);
      await expect(questionTexts(page, t)).toHaveText(expected);
      await expect(page.getByRole('textbox', { name: t.note(1), exact: true })).toHaveValue('Kept note');
      await expect(page.getByRole('checkbox', { name: t.remember })).toBeChecked();
      // The address never carries the note, and a link with state wins over the kept list.
      expect(page.url()).not.toContain('Kept');
      await page.getByRole('button', { name: t.clear }).click();
      await expect(page.getByText(t.cleared)).toBeVisible();
      expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
      await expect(page.getByRole('checkbox', { name: t.remember })).not.toBeChecked();
      await expect(page.getByRole('group', { name: t.body }).getByRole('radio', { name: t.head, exact: true })).not.toBeChecked();
      expect(await page.locator('main textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))).not.toContain('Kept note');
      await page.reload();
      await expect(page.getByRole('button', { name: t.addNote(1), exact: true })).toBeVisible();
    });

    test('when storage throws, the list works for the visit and says it cannot be kept', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
      });
      await page.goto(url);
      await page.getByRole('checkbox', { name: t.remember }).click();
      await expect(page.getByRole('checkbox', { name: t.remember })).not.toBeChecked();
      await expect(page.getByText(t.blocked)).toBeVisible();
      await answer(page, t, { region: t.us });
      await expect(listItems(page, t).first()).toBeVisible();
      expect(errors).toEqual([]);
    });
  });

  test.describe(`questions without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test('shows the whole bank grouped by topic', async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 2, name: t.topic })).toBeVisible();
      for (const q of bank) await expect(page.getByText(q.question.self, { exact: true })).toBeVisible();
      await expect(page.getByRole('group', { name: t.scan })).toHaveCount(0);
    });
  });
}

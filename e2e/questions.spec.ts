import { expect, test, type Page } from '@playwright/test';
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
  },
  es: {
    scan: 'Tipo de estudio', mri: 'Resonancia magnética', body: 'Parte del cuerpo', head: 'Cabeza, cara o cuello', setting: 'Dónde se lo hace', research: 'Estudio de investigación',
    region: 'Dónde vive', us: 'Estados Unidos', eu: 'Unión Europea o EEE', worries: '¿Qué le preocupa? (elija las que quiera)', face: 'Mi cara y mi identidad', forWhom: '¿Para quién es el estudio?', other: 'Para alguien que cuido',
    list: 'Sus preguntas', askFirst: 'Pregunte primero', more: 'Más preguntas que puede hacer', custom: 'Añada su propia pregunta', addMine: 'Añadir mi pregunta', tooLong: /demasiado larga/,
    moveUp: (n: number) => `Subir la pregunta ${n}`, remove: (n: number) => `Quitar la pregunta ${n}`, note: (n: number) => `Sus notas para la pregunta ${n}`,
    includeNotes: 'Incluir mis notas en el enlace y en el texto', pocket: 'Versión de bolsillo: solo las cinco primeras', bilingual: 'Imprimir también cada pregunta en inglés (English)',
    copyText: 'Copiar como texto', ignoredAnswers: /Algunas respuestas de este enlace/, ignoredQuestions: /Algunas preguntas de este enlace ya no existen/, ignoredCustom: /Algunas de sus preguntas/,
    topic: 'La IA que lee sus imágenes', secondLang: 'en',
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
      await page.getByRole('textbox', { name: t.note(1), exact: true }).fill('Asked at the desk: "yes"');
      await expect(page.getByRole('textbox', { name: t.note(1), exact: true })).toHaveValue('Asked at the desk: "yes"');
    });

    test('a shared link gives exactly the same list in a fresh browser; notes only when included', async ({ page, browser }) => {
      await page.goto(url);
      await answer(page, t, { scan: t.mri, body: t.head, setting: t.research, region: t.us });
      await page.getByRole('button', { name: t.moveUp(3), exact: true }).click();
      await page.getByRole('button', { name: t.remove(4), exact: true }).click();
      await page.getByRole('textbox', { name: t.custom }).fill(injection);
      await page.getByRole('button', { name: t.addMine }).click();
      await page.getByRole('textbox', { name: t.note(1), exact: true }).fill('private note');
      const expected = await questionTexts(page, t).allInnerTexts();
      const withoutNotes = page.url();
      expect(withoutNotes).not.toContain('private');
      await page.getByRole('checkbox', { name: t.includeNotes }).check();
      const withNotes = page.url();
      expect(withNotes).toContain('private');

      const context = await browser.newContext();
      const fresh = await context.newPage();
      await fresh.goto(withoutNotes);
      await expect(questionTexts(fresh, t)).toHaveText(expected);
      await expect(fresh.getByRole('textbox', { name: t.note(1), exact: true })).toHaveValue('');
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
      await page.getByRole('checkbox', { name: t.bilingual }).check();
      await expect(page.locator(`.second-language[lang="${t.secondLang}"]`).first()).toBeVisible();
      for (const format of paperSizes) expect(await printedPages(page, format), `bilingual on ${format}`).toBeLessThanOrEqual(2);
      await page.getByRole('radio', { name: t.pocket }).check();
      for (const format of paperSizes) expect(await printedPages(page, format), `pocket on ${format}`).toBe(1);
      await page.emulateMedia({ media: 'print' });
      await expect(listItems(page, t).filter({ hasText: t.askFirst })).toHaveCount(5);
      await expect(page.getByRole('banner')).toBeHidden();
      expect(await listItems(page, t).evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length)).toBe(5);
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

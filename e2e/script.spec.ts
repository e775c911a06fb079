import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { scriptContent, scriptVariant } from './support/content';
import { paperSizes, printedPages } from './support/print';
import { anyViewport } from './support/site';

const text = {
  en: {
    goal: 'What do you want to do?', place: 'Where is your scan?', placeFirst: /Choose where your scan is first/, say: 'What to say', rule: 'Rule:',
    stepsNav: 'Steps', steps: ['Say it', 'Send the letter', 'Note the date', 'Follow up'], next: 'Next:', previous: 'Previous:', letterTitle: 'Your written request', dateTitle: 'When they must reply', followUpTitle: 'If there is no answer, or they say no',
    address: 'Your postal address', email: 'Your email address', phone: 'Your phone number', country: 'Which country are you in?', complainOnline: 'Go to its complaint page',
    dated: '1 December 2026', notDated: 'December 1, 2026', dpo: 'The Data Protection Officer',
    printSay: 'Print what to say', printLetterButton: 'Print this letter', printDate: 'Print the due date', letterCopy: 'Copy text',
    name: 'Your name', dob: 'Date of birth', facility: 'Clinic or hospital', record: 'Record or patient number', scanDate: 'Date of your scan', sent: 'Date you hand in or send the letter (past or planned)', reason: 'Your reasons, about your own situation',
    tooLong: /This is too long \(101 characters; the limit is 100\)/, future: /This date is in the future/, tooOld: /before 1900/,
    ics: 'Add the due date to my calendar', icsDone: /calendar file is downloaded/,
    bilingual: /English and Spanish/, refused: 'They said no', bilingualFailed: 'Could not get the Spanish text. Check your connection and try again.',
    allLink: 'Every script and letter, on one page', allTitle: 'Every script and letter',
    include: 'Include my details in the link', copyText: 'Copy as text', clear: 'Clear everything',
    ignoredGoal: /named a goal we do not have/, ignoredFields: /Some details in the link were not valid/, ignoredNotOffered: /not offered for that place/,
    dueBy: /the reply is due by December 2, 2026/, noDeadline: /No rule sets a time limit/
  },
  es: {
    goal: '¿Qué quiere hacer?', place: '¿Dónde es su estudio?', placeFirst: /Primero elija dónde es su estudio/, say: 'Qué decir', rule: 'Norma:',
    stepsNav: 'Pasos', steps: ['Dígalo', 'Envíe la carta', 'Anote la fecha', 'Insista o reclame'], next: 'Siguiente:', previous: 'Anterior:', letterTitle: 'Su solicitud por escrito', dateTitle: 'Cuándo deben responder', followUpTitle: 'Si no le contestan, o le dicen que no',
    address: 'Su dirección postal', email: 'Su correo electrónico', phone: 'Su número de teléfono', country: '¿En qué país está?', complainOnline: 'Ir a su página de reclamaciones',
    dated: '1 de diciembre de 2026', notDated: 'diciembre 1', dpo: 'Delegado/a de Protección de Datos',
    printSay: 'Imprimir qué decir', printLetterButton: 'Imprimir esta carta', printDate: 'Imprimir la fecha límite', letterCopy: 'Copiar texto',
    name: 'Su nombre', dob: 'Fecha de nacimiento', facility: 'Clínica u hospital', record: 'Número de expediente, de historia clínica o de paciente', scanDate: 'Fecha de su estudio', sent: 'Fecha en que entrega o envía la carta (pasada o prevista)', reason: 'Sus motivos, relacionados con su situación particular',
    tooLong: /Es demasiado largo \(101 caracteres; el límite es 100\)/, future: /Esta fecha es en el futuro/, tooOld: /anterior a 1900/,
    ics: 'Añadir la fecha límite a mi calendario', icsDone: /Se descargó el archivo/,
    bilingual: /español e inglés/, refused: 'Me dijeron que no', bilingualFailed: 'No se pudo cargar el texto en inglés. Revise su conexión e inténtelo de nuevo.',
    allLink: 'Qué decir y todas las cartas, en una sola página', allTitle: 'Qué decir y todas las cartas',
    include: 'Incluir mis datos en el enlace', copyText: 'Copiar como texto', clear: 'Borrar todo',
    ignoredGoal: /nombraba un objetivo que no tenemos/, ignoredFields: /Algunos datos del enlace no eran válidos/, ignoredNotOffered: /no se ofrece para ese lugar/,
    dueBy: /la respuesta debe llegar a más tardar el 2 de diciembre de 2026/, noDeadline: /Ninguna norma fija un plazo/
  },
} as const;

const places = ['us', 'eu', 'uk', 'elsewhere'] as const;
const injection = `<img src=x onerror="window.__pwned=1"> "Dr. O'Neil"; Ward 3, {facility} <script>window.__pwned=1</script>`;
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

for (const locale of ['en', 'es'] as const) {
  const t = text[locale];
  const { goals, common } = scriptContent(locale);
  const url = `/${locale}/script/`;
  const goalGroup = (page: Page) => page.getByRole('group', { name: t.goal });
  const placeGroup = (page: Page) => page.getByRole('group', { name: t.place });
  // The place comes first: the goals listed depend on it.
  const choose = async (page: Page, goalTitle: string, place: (typeof places)[number]) => {
    await placeGroup(page).getByRole('radio', { name: common.jurisdictions[place].name, exact: true }).check();
    await goalGroup(page).getByRole('radio', { name: goalTitle }).check();
  };
  const stepButton = (page: Page, n: 1 | 2 | 3 | 4) => page.getByRole('navigation', { name: t.stepsNav }).getByRole('button', { name: `${n} ${t.steps[n - 1]}`, exact: true });
  // After page.pdf() the emulated phone's hit-testing is off (a tap lands on another element), so the print test moves by keyboard.
  const goToStep = async (page: Page, n: 1 | 2 | 3 | 4, by: 'tap' | 'keyboard' = 'tap') => {
    if (by === 'keyboard') {
      await stepButton(page, n).focus();
      await page.keyboard.press('Enter');
    } else await stepButton(page, n).click();
    await expect(stepButton(page, n)).toHaveAttribute('aria-current', 'step');
  };
  const title = (id: string) => goals.find((g) => g.goal === id)!.title;
  const letter = (page: Page, subject: string | RegExp) => page.getByRole('article', { name: subject });

  test.describe(`script (${locale})`, () => {
    for (const place of places) {
      test(`${place}: every goal offered there gives its script, rule and letter; the others are not offered`, anyViewport, async ({ page }) => {
        await page.goto(url);
        await placeGroup(page).getByRole('radio', { name: common.jurisdictions[place].name, exact: true }).check();
        const offered = goals.filter((g) => scriptVariant(g, place));
        await expect(goalGroup(page).getByRole('radio')).toHaveCount(offered.length);
        for (const goal of goals.filter((g) => !scriptVariant(g, place))) await expect(goalGroup(page).getByRole('radio', { name: goal.title })).toHaveCount(0);
        for (const goal of offered) {
          const v = scriptVariant(goal, place)!;
          await goalGroup(page).getByRole('radio', { name: goal.title }).check();
          await expect(page.getByRole('heading', { level: 2, name: `${t.say}: ${goal.title} (${common.jurisdictions[place].name})` })).toBeVisible();
          const j = common.jurisdictions[place];
          const fill = (s: string) => s.replace('{lawShort}', j.lawShort ?? j.law).replace('{law}', j.law);
          const rule = page.locator('[data-part="script"]').getByText(t.rule, { exact: true });
          if (v.citation) await expect(rule.locator('..')).toHaveText(`${t.rule} ${fill(v.citation)}`);
          else await expect(rule).toHaveCount(0);
          await goToStep(page, 2);
          await expect(letter(page, fill(v.letter.subject))).toBeVisible();
          await goToStep(page, 1);
        }
      });
    }

    test('choosing a place where the goal does not apply says so and clears the goal', async ({ page }) => {
      await page.goto(url);
      await choose(page, title('accounting'), 'us');
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(title('accounting')) })).toBeVisible();
      await placeGroup(page).getByRole('radio', { name: common.jurisdictions.eu.name, exact: true }).check();
      await expect(page.getByRole('status').filter({ hasText: title('accounting') })).toBeVisible();
      await expect(goalGroup(page).getByRole('radio', { name: title('accounting') })).toHaveCount(0);
      expect(new URL(page.url()).hash).toBe('#j=eu');
    });

    test('typed markup stays text on the page, in print and in the .ics file; bad values get messages', async ({ page }) => {
      await page.goto(url);
      await choose(page, title('access'), 'us');
      await goToStep(page, 2);
      await page.getByRole('textbox', { name: t.name }).fill(injection);
      await page.getByRole('textbox', { name: t.facility }).fill(injection);
      await page.getByLabel(t.sent).fill('2026-11-02');
      const request = letter(page, scriptVariant(goals.find((g) => g.goal === 'access')!, 'us')!.letter.subject);
      await expect(request).toContainText(injection);
      expect(await pwned(page)).toBeUndefined();
      // Personal details stay out of the address until the box is ticked.
      expect(page.url()).not.toContain('Neil');
      // Too long: refused with a message, and left out of the letter rather than cut.
      await page.getByRole('textbox', { name: t.name }).fill('n'.repeat(101));
      await expect(page.getByText(t.tooLong)).toBeVisible();
      await expect(page.getByRole('textbox', { name: t.name })).toHaveAttribute('aria-invalid', 'true');
      await expect(request).not.toContainText('n'.repeat(101));
      await page.getByLabel(t.scanDate).fill('2099-01-01');
      await expect(page.getByText(t.future)).toBeVisible();
      await page.getByLabel(t.dob).fill('1850-01-01');
      await expect(page.getByText(t.tooOld)).toBeVisible();
      await page.getByRole('textbox', { name: t.name }).fill(injection);

      // Printed from the letter step, the letter prints (markup still literal) and the script does not.
      await page.emulateMedia({ media: 'print' });
      await expect(request).toBeVisible();
      await expect(request).toContainText(injection);
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${t.say}`) })).toBeHidden();
      await page.emulateMedia({ media: 'screen' });

      await goToStep(page, 3);
      await expect(page.getByText(t.dueBy)).toBeVisible();

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.ics }).click()]);
      expect(download.suggestedFilename()).toBe('reminder-access-2026-12-02.ics');
      const ics = readFileSync((await download.path())!, 'utf8').replace(/\r\n /g, '');
      expect(ics).toContain('DTSTART;VALUE=DATE:20261202');
      // RFC 5545 text escaping: ; , and \ are escaped, markup is kept as characters.
      expect(ics).toContain(`<img src=x onerror="window.__pwned=1"> "Dr. O'Neil"\\; Ward 3\\, {facility} <script>`);
      await expect(page.getByText(t.icsDone)).toBeVisible();
      expect(await pwned(page)).toBeUndefined();
    });

    test('print: script, letter, follow-up and the two-language script each fit one page on A4 and Letter', anyViewport, async ({ page }) => {
      // Eight PDFs: on a busy two-core runner this takes longer than the default 30 s.
      test.slow();
      for (const place of ['us', 'eu', 'uk'] as const) {
        await page.goto('about:blank');
        await page.goto(`${url}#g=decline&j=${place}`);
        await expect(page.getByRole('heading', { level: 2, name: new RegExp(title('decline')) })).toBeVisible();
        await goToStep(page, 2);
        await page.getByRole('textbox', { name: t.name }).fill('N'.repeat(100));
        await page.getByRole('textbox', { name: t.facility }).fill('F'.repeat(150));
        if (place !== 'us') await page.getByRole('textbox', { name: t.reason }).fill('my situation '.repeat(76));
        // Each step prints what it shows, on one sheet.
        for (const n of [1, 2, 3, 4] as const) {
          await goToStep(page, n, 'keyboard');
          for (const format of paperSizes) expect(await printedPages(page, format), `${place} step ${n} on ${format}`).toBe(1);
        }
        await page.getByRole('radio', { name: t.refused }).focus();
        await page.keyboard.press('Space');
        await expect(page.getByRole('radio', { name: t.refused })).toBeChecked();
        for (const format of paperSizes) expect(await printedPages(page, format), `${place} refused letter on ${format}`).toBe(1);
        await goToStep(page, 1, 'keyboard');
        await page.getByRole('checkbox', { name: t.bilingual }).focus();
        await page.keyboard.press('Space');
        await expect(page.getByRole('checkbox', { name: t.bilingual })).toBeChecked();
        await expect(page.locator(`[data-part="script"] [lang="${locale === 'en' ? 'es' : 'en'}"]`)).toBeVisible();
        for (const format of paperSizes) expect(await printedPages(page, format), `${place} bilingual on ${format}`).toBe(1);
      }
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByRole('group', { name: t.goal })).toBeHidden();
    });

    test('a shared link restores the same script in a fresh browser; details only when ticked', async ({ page, browser }) => {
      await page.goto(url);
      await choose(page, title('decline'), 'eu');
      await goToStep(page, 2);
      await page.getByRole('textbox', { name: t.name }).fill('Ana Private');
      await page.getByRole('textbox', { name: t.reason }).fill(injection);
      const without = page.url();
      expect(without).not.toContain('Private');
      await page.getByRole('checkbox', { name: t.include }).check();
      const withDetails = page.url();
      expect(withDetails).toContain('Private');

      const context = await browser.newContext();
      const fresh = await context.newPage();
      await fresh.goto(without);
      await expect(fresh.getByRole('navigation', { name: t.stepsNav })).toBeVisible();
      await fresh.getByRole('navigation', { name: t.stepsNav }).getByRole('button', { name: `2 ${t.steps[1]}` }).click();
      await expect(fresh.getByRole('heading', { level: 2, name: t.letterTitle })).toBeVisible();
      await expect(fresh.getByRole('textbox', { name: t.name })).toHaveValue('');
      await fresh.goto('about:blank');
      await fresh.goto(withDetails);
      await fresh.getByRole('navigation', { name: t.stepsNav }).getByRole('button', { name: `2 ${t.steps[1]}` }).click();
      await expect(fresh.getByRole('textbox', { name: t.name })).toHaveValue('Ana Private');
      await expect(fresh.getByRole('textbox', { name: t.reason })).toHaveValue(injection);
      await expect(fresh.getByRole('checkbox', { name: t.include })).toBeChecked();
      expect(await pwned(fresh)).toBeUndefined();
      await fresh.getByRole('button', { name: t.clear }).click();
      expect(new URL(fresh.url()).hash).toBe('');
      await expect(fresh.getByRole('radio', { name: common.jurisdictions.eu.name, exact: true })).not.toBeChecked();
      await expect(fresh.getByRole('radio', { name: title('decline') })).toHaveCount(0);
      await context.close();
    });

    test('copy as text gives the step on screen', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`${url}#g=access&j=uk`);
      await page.getByRole('button', { name: t.copyText }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`${title('access')} (${common.jurisdictions.uk.name})`);
      await goToStep(page, 2);
      await page.getByRole('textbox', { name: t.name }).fill('Ana');
      await page.getByRole('button', { name: t.copyText }).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/Ana$/);
      expect(copied).toContain(common.jurisdictions.uk.lawShort!);
      // The letter's own Copy text gives the same letter.
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.getByRole('button', { name: t.letterCopy, exact: true }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copied);
    });

    test('a tampered link keeps what is valid and says what was left out', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${url}#g=teleport&j=us&p=1&name=Ana&dob=2026-02-30&at=${'x'.repeat(500)}`);
      await expect(page.getByText(t.ignoredGoal)).toBeVisible();
      await expect(page.getByText(t.ignoredFields)).toBeVisible();
      await expect(placeGroup(page).getByRole('radio', { name: common.jurisdictions.us.name, exact: true })).toBeChecked();
      await page.goto('about:blank');
      await page.goto(`${url}#g=accounting&j=uk`);
      await expect(page.getByText(t.ignoredNotOffered)).toBeVisible();
      await page.goto('about:blank');
      await page.goto(`${url}#g=access&j=us&name=${'%'.repeat(30)}&${'z'.repeat(100_000)}`);
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(title('access')) })).toBeVisible();
      expect(errors).toEqual([]);
    });

    test('works by keyboard alone, from the place to the calendar file', async ({ page }) => {
      await page.goto(url);
      const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
      const focused = (l: ReturnType<Page['getByRole']>) => l.evaluate((el) => el === document.activeElement);
      // The place is the first question: Tab reaches it before any goal.
      for (let i = 0; i < 40 && !['goal', 'jurisdiction'].includes(await focusedName()); i++) await page.keyboard.press('Tab');
      expect(await focusedName()).toBe('jurisdiction');
      await page.keyboard.press('Space');
      await expect(placeGroup(page).getByRole('radio', { name: common.jurisdictions.us.name, exact: true })).toBeChecked();
      await page.keyboard.press('Tab');
      expect(await focusedName()).toBe('goal');
      await page.keyboard.press('Space');
      // Arrow keys move through a radio group, to "access" among the goals offered in the US.
      const index = goals.filter((g) => scriptVariant(g, 'us')).findIndex((g) => g.goal === 'access');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      await expect(goalGroup(page).getByRole('radio', { name: title('access') })).toBeChecked();
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(title('access')) })).toBeVisible();
      const letterStep = stepButton(page, 2);
      for (let i = 0; i < 10 && !(await focused(letterStep)); i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(letterStep).toHaveAttribute('aria-current', 'step');
      for (let i = 0; i < 20 && (await focusedName()) !== 'name'; i++) await page.keyboard.press('Tab');
      await page.keyboard.type('Key Board');
      await expect(letter(page, scriptVariant(goals.find((g) => g.goal === 'access')!, 'us')!.letter.subject)).toContainText('Key Board');
      // Next, at the foot of the step, opens step 3 and puts focus on its heading.
      const next = page.getByRole('button', { name: `${t.next} 3 ${t.steps[2]}` });
      for (let i = 0; i < 30 && !(await focused(next)); i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${t.dateTitle}`) })).toBeFocused();
      const icsButton = page.getByRole('button', { name: t.ics });
      for (let i = 0; i < 30 && !(await focused(icsButton)); i++) await page.keyboard.press('Tab');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toMatch(/^reminder-access-\d{4}-\d{2}-\d{2}\.ics$/);
    });

    test('the place comes first; goals appear only once it is chosen, and only those offered there', async ({ page }) => {
      await page.goto(url);
      await expect(goalGroup(page).getByRole('radio')).toHaveCount(0);
      await expect(goalGroup(page).getByText(t.placeFirst)).toBeVisible();
      await expect(page.getByRole('radio').first()).toHaveAccessibleName(common.jurisdictions.us.name);
      await expect(page.getByRole('navigation', { name: t.stepsNav })).toHaveCount(0);
      await placeGroup(page).getByRole('radio', { name: common.jurisdictions.eu.name, exact: true }).check();
      await expect(goalGroup(page).getByText(t.placeFirst)).toHaveCount(0);
      await expect(goalGroup(page).getByRole('radio')).toHaveCount(goals.filter((g) => scriptVariant(g, 'eu')).length);
    });

    test('four numbered steps: one shown at a time, Next and Previous at the foot of each, focus on the new heading', async ({ page }) => {
      await page.goto(url);
      await choose(page, title('decline'), 'eu');
      const nav = page.getByRole('navigation', { name: t.stepsNav });
      await expect(nav.getByRole('button')).toHaveText(t.steps.map((s, i) => `${i + 1} ${s}`));
      await expect(stepButton(page, 1)).toHaveAttribute('aria-current', 'step');
      await expect(page.getByRole('button', { name: new RegExp(`^${t.previous}`) })).toHaveCount(0);
      const headings = [new RegExp(`^${t.say}:`), new RegExp(`^${t.letterTitle}$`), new RegExp(`^${t.dateTitle}`), new RegExp(`^${t.followUpTitle}$`)];
      for (const n of [2, 3, 4] as const) {
        await page.getByRole('button', { name: `${t.next} ${n} ${t.steps[n - 1]}` }).click();
        await expect(stepButton(page, n)).toHaveAttribute('aria-current', 'step');
        await expect(stepButton(page, (n - 1) as 1 | 2 | 3)).not.toHaveAttribute('aria-current');
        await expect(page.getByRole('heading', { level: 2, name: headings[n - 1] })).toBeFocused();
      }
      await expect(page.getByRole('button', { name: new RegExp(`^${t.next}`) })).toHaveCount(0);
      await expect(page.getByRole('radio', { name: t.refused })).toBeVisible();
      await page.getByRole('button', { name: `${t.previous} 3 ${t.steps[2]}` }).click();
      await expect(page.getByRole('heading', { level: 2, name: headings[2] })).toBeFocused();
      await expect(page.getByRole('button', { name: t.ics })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: headings[0] })).toHaveCount(0);
      // Each step has its own print button beside its content.
      await expect(page.getByRole('button', { name: t.printDate })).toBeVisible();
      await goToStep(page, 2);
      await expect(page.getByRole('button', { name: t.printLetterButton })).toBeVisible();
      await goToStep(page, 1);
      await expect(page.getByRole('button', { name: t.printSay })).toBeVisible();
    });

    test('print from the letter step prints the letter, not the script, on one page of A4 or Letter', async ({ page }) => {
      await page.goto(`${url}#g=decline&j=eu`);
      await goToStep(page, 2);
      const request = page.locator('[data-part="letter"]').getByRole('article');
      await page.emulateMedia({ media: 'print' });
      await expect(request).toBeVisible();
      await expect(page.locator('[data-part="script"]')).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: t.stepsNav })).toBeHidden();
      await expect(page.getByRole('button', { name: t.printLetterButton })).toBeHidden();
      await page.emulateMedia({ media: 'screen' });
      for (const format of paperSizes) expect(await printedPages(page, format), format).toBe(1);
    });

    test('the sender block (name, address, email, phone) prints at the top of the letter, and enters the link only when ticked', async ({ page }) => {
      await page.goto(`${url}#g=decline&j=eu`);
      await goToStep(page, 2);
      const sender = { name: 'Ana Sender', address: 'Calle Mayor 1\n28013 Madrid', email: 'ana.sender@example.org', phone: '+34 600 123 456' };
      await page.getByRole('textbox', { name: t.name }).fill(sender.name);
      await page.getByRole('textbox', { name: t.address }).fill(sender.address);
      await page.getByRole('textbox', { name: t.email }).fill(sender.email);
      await page.getByRole('textbox', { name: t.phone }).fill(sender.phone);
      const block = page.locator('[data-part="letter"] article address');
      await page.emulateMedia({ media: 'print' });
      for (const line of [sender.name, 'Calle Mayor 1', '28013 Madrid', sender.email, sender.phone]) await expect(block).toContainText(line);
      await expect(block).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
      const linked = () => new URLSearchParams(new URL(page.url()).hash.slice(1));
      for (const value of ['Sender', 'Calle', 'example.org', '600']) expect(decodeURIComponent(page.url())).not.toContain(value);
      await page.getByRole('checkbox', { name: t.include }).check();
      await expect.poll(() => linked().get('mail')).toBe(sender.email);
      expect(linked().get('addr')).toBe(sender.address);
      expect(linked().get('tel')).toBe(sender.phone);
      expect(linked().get('name')).toBe(sender.name);
      expect(linked().get('s')).toBe('letter');
    });

    test('an EU letter is dated day-month-year and goes to the Data Protection Officer', async ({ page }) => {
      await page.goto(`${url}#g=decline&j=eu`);
      await goToStep(page, 2);
      await page.getByLabel(t.sent).fill('2026-12-01');
      const request = page.locator('[data-part="letter"]').getByRole('article');
      await expect(request).toContainText(t.dated);
      await expect(request).not.toContainText(t.notDated);
      await expect(request).toContainText(t.dpo);
    });

    test('with Spain chosen, the follow-up step names the AEPD and links its complaint page; with the UK, the ICO', async ({ page }) => {
      await page.goto(url);
      await placeGroup(page).getByRole('radio', { name: common.jurisdictions.eu.name, exact: true }).check();
      // The country comes right after the place, before the goals.
      await page.getByLabel(t.country).selectOption('ES');
      await goalGroup(page).getByRole('radio', { name: title('decline') }).check();
      await goToStep(page, 4);
      const complaint = page.locator('.complaint');
      await expect(complaint).toContainText('Agencia Española de Protección de Datos');
      await expect(complaint.getByRole('link', { name: t.complainOnline })).toHaveAttribute('href', 'https://sedeagpd.gob.es/sede-electronica-web/vistas/infoSede/tramitesEntidadAll.jsf');
      await expect(page).toHaveURL(/c=ES/);
      await placeGroup(page).getByRole('radio', { name: common.jurisdictions.uk.name, exact: true }).check();
      await expect(page.getByLabel(t.country)).toHaveCount(0);
      await expect(complaint).toContainText("Information Commissioner's Office");
      await expect(complaint.getByRole('link', { name: t.complainOnline })).toHaveAttribute('href', 'https://ico.org.uk/make-a-complaint/data-protection-complaints/');
    });

    test('axe finds nothing with a script, a letter and field errors showing', async ({ page }) => {
      // Four axe runs on long pages: over 30 s on a busy two-core machine (timed out once in CI).
      test.slow();
      await page.goto(`${url}#g=decline&j=eu`);
      const check = async (what: string) => expect(await axeViolations(page), what).toEqual([]);
      await page.getByRole('checkbox', { name: t.bilingual }).check();
      await check('step 1, two languages');
      await goToStep(page, 2);
      await page.getByRole('textbox', { name: t.name }).fill('n'.repeat(101));
      await page.getByLabel(t.scanDate).fill('2099-01-01');
      await check('step 2 with field errors');
      for (const n of [3, 4] as const) {
        await goToStep(page, n);
        await check(`step ${n}`);
      }
    });
  });

  test(`the other language for the side-by-side script loads on demand, and a failed load says so (${locale})`, async ({ page }) => {
    const other = locale === 'en' ? 'es' : 'en';
    const fetched: string[] = [];
    page.on('request', (r) => r.url().endsWith('/goals.json') && fetched.push(new URL(r.url()).pathname));
    await page.goto(url);
    await choose(page, title('access'), 'us');
    await goToStep(page, 1);
    // The page does not carry the other language; nothing is fetched until a reader asks.
    expect(fetched).toEqual([]);
    await page.route('**/goals.json', (route) => route.abort('internetdisconnected'));
    // click, not check(): the box unticks itself as soon as the load fails.
    await page.getByRole('checkbox', { name: t.bilingual }).click();
    await expect(page.getByRole('status').filter({ hasText: t.bilingualFailed })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: t.bilingual })).not.toBeChecked();
    await expect(page.locator(`[data-part="script"] [lang="${other}"]`)).toHaveCount(0);
    // A captive portal's HTML instead of the file is refused the same way.
    await page.unroute('**/goals.json');
    await page.route('**/goals.json', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html>Sign in to Wi-Fi</html>' }));
    // click, not check(): the box unticks itself as soon as the load fails.
    await page.getByRole('checkbox', { name: t.bilingual }).click();
    await expect(page.getByRole('status').filter({ hasText: t.bilingualFailed })).toBeVisible();
    await page.unroute('**/goals.json');
    await page.getByRole('checkbox', { name: t.bilingual }).check();
    await expect(page.locator(`[data-part="script"] [lang="${other}"]`)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: t.bilingualFailed })).toHaveCount(0);
    expect(fetched.at(-1)).toBe(`/${other}/script/goals.json`);
  });

  test.describe(`script without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test('lists every goal, with each place\'s script and letter to read or print', async ({ page }) => {
      // The tool's page stays light: it points to every script and letter on a page of their own.
      await page.goto(url);
      await page.getByRole('link', { name: t.allLink }).click();
      await expect(page).toHaveURL(`/${locale}/script/all/`);
      await expect(page.getByRole('heading', { level: 1, name: t.allTitle })).toBeVisible();
      for (const goal of goals) await expect(page.getByRole('heading', { level: 2, name: goal.title })).toBeVisible();
      // Each goal's section; "More about this page" at the foot is a <details> too.
      const sections = page.locator('[aria-labelledby^="all-"] details');
      const expected = goals.reduce((n, g) => n + places.filter((p) => scriptVariant(g, p)).length, 0);
      await expect(sections).toHaveCount(expected);
      await sections.first().locator('summary').click();
      await expect(sections.first().getByRole('article')).toBeVisible();
      await expect(page.getByRole('group', { name: t.goal })).toHaveCount(0);
    });
  });
}

test('articles link to the script, now that it exists', async ({ page }) => {
  await page.goto('/en/articles/before-your-scan-guide/');
  await page.getByRole('link', { name: 'use our short script' }).click();
  await expect(page).toHaveURL(/\/en\/script\/$/);
});

import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { goToStep } from './support/scriptSteps';

// Deadlines run from when the organisation receives the request (45 CFR 164.524(b)(2),
// 164.528(c)(1), GDPR Art. 12(3)): the tool asks how the request travels and counts from the
// likely day of receipt; the calendar reminder follows the same date.

const text = {
  en: {
    sent: 'Date you hand in or send the letter (past or planned)', how: 'How will your request get to them?',
    hand: 'I hand it in in person', online: 'I send it through a patient portal or by email', post: 'I post it',
    fromReceipt: 'The time limit starts when they receive your request, not when you send it.',
    sameDay: 'They receive it the day you send it (November 27, 2026), so the reply is due by December 27, 2026.',
    postDue: /We count from December 2, 2026, 3 working days later.*The reply is due by January 1, 2027/,
    ics: 'Add the due date to my calendar', uk: /month starts only when they get it.*Article 12A/,
  },
  es: {
    sent: 'Fecha en que entrega o envía la carta (pasada o prevista)', how: '¿Cómo les llegará su solicitud?',
    hand: 'La entrego en persona', online: 'La envío por el portal del paciente o por correo electrónico', post: 'La envío por correo postal',
    fromReceipt: 'El plazo empieza cuando reciben su solicitud, no cuando usted la envía.',
    sameDay: 'La reciben el mismo día que usted la envía (27 de noviembre de 2026), así que la respuesta debe llegar a más tardar el 27 de diciembre de 2026.',
    postDue: /Contamos desde el 2 de diciembre de 2026, 3 días hábiles después.*a más tardar el 1 de enero de 2027/,
    ics: 'Añadir la fecha límite a mi calendario', uk: /el mes empieza a contar solo cuando la reciben.*12A/,
  },
} as const;

for (const locale of ['en', 'es'] as const) {
  const t = text[locale];
  test.describe(`deadlines from receipt (${locale})`, () => {
    test('each way of sending gives its due date, says why, and the calendar file follows it', async ({ page }) => {
      await page.goto(`/${locale}/script/#g=access&j=us`);
      // The date goes on the letter (step 2); the due date is counted in step 3.
      await goToStep(page, locale, 2);
      await page.getByLabel(t.sent).fill('2026-11-27');
      await goToStep(page, locale, 3);
      await expect(page.getByText(t.fromReceipt)).toBeVisible();
      const how = page.getByRole('group', { name: t.how });
      await how.getByRole('radio', { name: t.hand }).check();
      await expect(page.getByText(t.sameDay)).toBeVisible();
      await how.getByRole('radio', { name: t.online }).check();
      await expect(page.getByText(t.sameDay)).toBeVisible();
      await how.getByRole('radio', { name: t.post }).check();
      await expect(page.getByText(t.postDue)).toBeVisible();
      await expect(page).toHaveURL(/by=post/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.ics }).click()]);
      expect(download.suggestedFilename()).toBe('reminder-access-2027-01-01.ics');
      const ics = readFileSync((await download.path())!, 'utf8').replace(/\r\n /g, '');
      expect(ics).toContain('DTSTART;VALUE=DATE:20270101');
      // The way of sending survives a reload (it is in the link, with nothing personal).
      await page.reload();
      await goToStep(page, locale, 3);
      await expect(page.getByRole('group', { name: t.how }).getByRole('radio', { name: t.post })).toBeChecked();
    });

    test('a UK request says the clock stops while they wait for proof of identity; a US one does not', async ({ page }) => {
      await page.goto(`/${locale}/script/#g=access&j=uk`);
      await goToStep(page, locale, 3);
      await expect(page.getByText(t.uk)).toBeVisible();
      await page.goto(`/${locale}/script/#g=access&j=us`);
      await goToStep(page, locale, 3);
      await expect(page.getByText(t.fromReceipt)).toBeVisible();
      await expect(page.getByText(t.uk)).toHaveCount(0);
    });
  });
}

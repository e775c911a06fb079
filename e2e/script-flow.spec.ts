// The script tool from the first tap to the Print button: place and goal fold into one line, a
// link to a step lands on it, and the letter's own actions (PDF on click, email) carry the letter.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { scriptContent } from './support/content';
import { checkMailto, checkPdfDownload, checkPdfNotPreloaded } from './support/letterActions';

for (const locale of ['en', 'es'] as const) {
  const m = JSON.parse(readFileSync(`content/messages/${locale}.json`, 'utf8')).ScriptPage;
  const { goals, common } = scriptContent(locale);
  const decline = goals.find((g) => g.goal === 'decline')!;
  const spain = locale === 'en' ? 'Spain' : 'España';
  const url = `/${locale}/script/`;

  test.describe(`script flow (${locale})`, () => {
    test('place and goal fold into one line, with the first step and its Print button right under it', async ({ page }) => {
      await page.goto(url);
      await page.getByRole('group', { name: m.jurisdictionLegend }).getByRole('radio', { name: common.jurisdictions.eu.name, exact: true }).check();
      await page.getByRole('combobox', { name: m.country.label }).selectOption({ label: spain });
      await page.getByRole('group', { name: m.goalLegend }).getByRole('radio', { name: decline.title }).check();
      await page.getByRole('button', { name: m.continueToSteps }).click();

      const summary = page.getByRole('region', { name: m.choicesTitle });
      await expect(summary).toContainText(`${common.jurisdictions.eu.name} · ${spain} · ${decline.title}`);
      await expect(page.getByRole('group', { name: m.goalLegend })).toHaveCount(0);
      // Focus moves to the first step's heading, and its Print button is on the same screen.
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${m.sayTitle}`) })).toBeFocused();
      await expect(page.getByRole('button', { name: m.printSay })).toBeInViewport();

      await summary.getByRole('button', { name: m.changeChoices }).click();
      const place = page.getByRole('radio', { name: common.jurisdictions.eu.name, exact: true });
      await expect(place).toBeChecked();
      await expect(place).toBeFocused();
      await expect(page.getByRole('combobox', { name: m.country.label })).toHaveValue('ES');
    });

    test('a link that names a step opens folded, at that step', async ({ page }) => {
      await page.goto(`${url}#g=decline&j=eu&c=ES&s=letter`);
      await expect(page.getByRole('region', { name: m.choicesTitle })).toContainText(spain);
      const print = page.getByRole('button', { name: m.letterActions.print });
      await expect(print).toBeVisible();
      // Within the first two screens, the page title and intro included.
      const box = (await print.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height * 2);
      // A link without a step keeps the choices open, so they can be checked before going on.
      await page.goto('about:blank');
      await page.goto(`${url}#g=decline&j=eu`);
      await expect(page.getByRole('group', { name: m.goalLegend })).toBeVisible();
    });

    test('the letter as a PDF made in the browser on request, and as an email from the reader’s own app', async ({ page }) => {
      await page.goto(`${url}#g=decline&j=eu&c=ES&s=letter&p=1&name=${encodeURIComponent('Łukasz Kowalczyk')}&addr=${encodeURIComponent('Calle Mayor 1\n28013 Madrid')}`);
      const subject = (await page.getByRole('article').first().getAttribute('aria-label'))!;
      await checkPdfNotPreloaded(page);
      await checkPdfDownload(page, { expectText: [subject, 'Łukasz Kowalczyk', '28013 Madrid'] });
      const { body } = await checkMailto(page, { expectSubject: subject });
      expect(body).toContain('Łukasz Kowalczyk');
      expect(body).toContain('Calle Mayor 1');
    });
  });
}

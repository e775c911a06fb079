import { expect, test } from '@playwright/test';
import { scriptContent } from './support/content';
import { goToStep } from './support/scriptSteps';

// The legal review's corrections as the script tool shows them (see corrections.spec.ts for the list).
test.describe('corrections in the script tool', () => {
  const said = {
    en: { reliance: 'Researchers may keep using data they already have', ocr: 'within 180 days of when you knew, or should have known', receipt: 'within 30 calendar days of receiving your request', noResearch: 'Research is not covered here', ba: 'and their business associates' },
    es: { reliance: 'Los investigadores pueden seguir usando los datos que ya tienen', ocr: '180 días desde que supo, o debió saber, del problema', receipt: '30 días calendario desde que recibe su solicitud', noResearch: 'investigación', ba: 'y sus socios comerciales' },
  } as const;
  for (const locale of ['en', 'es'] as const) {
    const t = said[locale];
    const { goals } = scriptContent(locale);
    const heading = (goal: string) => new RegExp(goals.find((g) => g.goal === goal)!.title.replace(/[()]/g, '\\$&'));
    test(`(${locale}) revoke: the reliance exception (1); access: receipt (4), OCR window (3) and retaliation (14); restrict: research elsewhere (8)`, async ({ page }) => {
      await page.goto(`/${locale}/script/#g=revoke&j=us`);
      await expect(page.getByRole('heading', { level: 2, name: heading('revoke') })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(t.reliance);
      await page.goto(`/${locale}/script/#g=access&j=us`);
      await expect(page.getByRole('heading', { level: 2, name: heading('access') })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(t.receipt);
      // The complaint route is part of step 4, "Follow up".
      await goToStep(page, locale, 4);
      await expect(page.getByRole('main')).toContainText(t.ocr);
      await expect(page.getByRole('main')).toContainText(t.ba);
      await page.goto(`/${locale}/script/#g=restrict&j=us`);
      await expect(page.getByRole('heading', { level: 2, name: heading('restrict') })).toBeVisible();
      await expect(page.locator('.law-note')).toContainText(t.noResearch);
    });

    test(`(${locale}) decline in the EU and UK: no Article 18(1)(d) right claimed for a research objection (5)`, async ({ page }) => {
      for (const j of ['eu', 'uk']) {
        await page.goto(`/${locale}/script/#g=decline&j=${j}`);
        await expect(page.getByRole('heading', { level: 2, name: heading('decline') })).toBeVisible();
        await expect(page.getByRole('main')).toContainText('21');
        for (const n of [1, 2, 3, 4] as const) {
          await goToStep(page, locale, n);
          await expect(page.getByRole('main'), `step ${n}`).not.toContainText('18(1)(d)');
        }
      }
    });
  }
});

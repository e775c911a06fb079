import { expect, test } from '@playwright/test';
import { questionBank } from './support/content';
import { goToStep } from './support/scriptSteps';

// Spanish ready to publish: English passages marked as English, letters a data-protection officer
// accepts, caregiver questions about "la persona que cuido", and an honest review note that
// prints as a footnote rather than a banner.

test.describe('Spanish pages', () => {
  test('English source titles are marked lang="en" and say they are in English', async ({ page }) => {
    await page.goto('/es/articles/hidden-data-in-image-files/');
    const sources = page.getByRole('region', { name: 'Fuentes' });
    const english = sources.locator('a[lang="en"]');
    expect(await english.count()).toBeGreaterThan(0);
    const item = sources.getByRole('listitem').filter({ has: page.locator('a[lang="en"]') }).first();
    await expect(item).toContainText('(en inglés)');
    // English terms and quotations in the Spanish text are marked too (WCAG 3.1.2).
    await expect(page.getByRole('main').locator('span[lang="en"]', { hasText: 'Clean Pixel Data' })).toBeVisible();
    // An English page marks nothing: it is all in the page's own language.
    await page.goto('/en/articles/hidden-data-in-image-files/');
    await expect(page.getByRole('region', { name: 'Sources' }).locator('a[lang]')).toHaveCount(0);
  });

  test('the script tool marks its English sources too, and links the GDPR in Spanish', async ({ page }) => {
    await page.goto('/es/script/#g=access&j=eu');
    const eurlex = page.locator('a[href*="eur-lex.europa.eu"]').first();
    await expect(eurlex).toHaveAttribute('href', /\/legal-content\/ES\//);
    await expect(eurlex).toHaveAttribute('lang', 'en');
  });

  test('an EU access letter goes to the Data Protection Officer and cites "artículo 15" in Spanish legal style', async ({ page }) => {
    await page.goto('/es/script/#g=access&j=eu');
    await goToStep(page, 'es', 2);
    const letter = page.locator('[data-part="letter"]').getByRole('article');
    await expect(letter).toContainText('Delegado/a de Protección de Datos');
    await expect(letter).toContainText(/artículo 15(\.1)? del RGPD/);
    await expect(letter).not.toContainText(/[Aa]rtículo 15\(/);
    await expect(letter).toContainText('Atentamente,');
    // A US letter goes to the privacy officer.
    await page.goto('/es/script/#g=access&j=us');
    await goToStep(page, 'es', 2);
    await expect(page.locator('[data-part="letter"]').getByRole('article')).toContainText(/responsable de privacidad/i);
  });

  for (const [locale, label, needle] of [
    ['es', 'Ofrecer en la carta una prueba de mi identidad', 'documento de identidad'],
    ['en', 'Offer to prove who I am in the letter', 'identity document'],
  ] as const) {
    test(`(${locale}) the letter can offer proof of identity, and the choice is kept in the link`, async ({ page }) => {
      await page.goto(`/${locale}/script/#g=access&j=eu`);
      await goToStep(page, locale, 2);
      const letter = page.locator('[data-part="letter"]').getByRole('article');
      await expect(letter).not.toContainText(needle);
      await page.getByRole('checkbox', { name: label }).check();
      await expect(letter).toContainText(needle);
      await expect(page).toHaveURL(/id=1/);
      await page.reload();
      await goToStep(page, locale, 2);
      await expect(page.locator('[data-part="letter"]').getByRole('article')).toContainText(needle);
    });
  }

  test('caregiver questions are about "la persona que cuido", never "mi familiar"', async ({ page }) => {
    const others = questionBank('es').map((q) => q.question.other);
    expect(others.filter((q) => /mi familiar/i.test(q))).toEqual([]);
    expect(others.filter((q) => /persona (a la )?que cuido/.test(q)).length).toBeGreaterThanOrEqual(10);
    await page.goto('/es/questions/#v=1&scan=mri&body=head&setting=hospital&region=us&for=other');
    const list = page.locator('.questions-tool ol').first();
    await expect(list.locator('.question-item').first()).toBeVisible();
    await expect(list).toContainText(/persona (a la )?que cuido/);
    await expect(list).not.toContainText(/mi familiar/i);
  });

  test('printed, the review note is a one-line footnote, not a banner under the title', async ({ page }) => {
    await page.goto('/es/articles/your-face-in-your-head-scan/');
    const note = 'Esta traducción todavía no la ha revisado una persona con dominio del idioma.';
    await expect(page.locator('.unreviewed-note')).toHaveText(note);
    await expect(page.locator('.unreviewed-note')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.unreviewed-note')).toBeHidden();
    const footnote = page.locator('.page-info').getByText(note);
    await expect(footnote).toBeVisible();
    // The English original has no such note, on screen or on paper.
    await page.goto('/en/articles/your-face-in-your-head-scan/');
    await expect(page.getByText(/has not yet been checked by a fluent human/)).toHaveCount(0);
  });

  test('the printed Spanish question list starts with the questions, the note only in the footer', async ({ page }) => {
    await page.goto('/es/questions/#v=1&scan=ct&body=chest&setting=hospital&region=eu');
    await expect(page.locator('.question-item').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.unreviewed-note')).toBeHidden();
    await expect(page.locator('.page-info .print-footnote')).toBeVisible();
  });
});

import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { articleSlugs } from './support/content';

const text = {
  en: { copyLink: 'Copy link', copied: 'Link copied.', inShort: 'In short', toc: 'On this page', sources: 'Sources', reviewed: /^Last reviewed/, level: /Reading level: about US school grade \d/, aboutPage: 'More about this page', more: 'More in the glossary', index: 'Articles', print: 'Print this article' },
  es: { copyLink: 'Copiar enlace', copied: 'Enlace copiado.', inShort: 'En pocas palabras', toc: 'En esta página', sources: 'Fuentes', reviewed: /^Revisado por última vez/, level: /Facilidad de lectura: \d+ de 100/, aboutPage: 'Más sobre esta página', more: 'Más en el glosario', index: 'Artículos', print: 'Imprimir este artículo' },
} as const;

const slug = 'your-face-in-your-head-scan';

for (const locale of ['en', 'es'] as const) {
  const t = text[locale];
  const url = `/${locale}/articles/${slug}/`;

  test.describe(`article (${locale})`, () => {
    test('renders its title, summary, contents, sources, review date and reading level', async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { name: t.inShort })).toBeVisible();
      await expect(page.getByRole('navigation', { name: t.toc }).getByRole('link').first()).toBeVisible();
      const sources = page.getByRole('region', { name: t.sources });
      expect(await sources.getByRole('link').count()).toBeGreaterThanOrEqual(2);
      await expect(page.getByText(t.reviewed)).toBeVisible();
      // The reading level is for checkers, not readers: it waits under "More about this page".
      await expect(page.getByText(t.level)).toBeHidden();
      await page.getByText(t.aboutPage, { exact: true }).click();
      await expect(page.getByText(t.level)).toBeVisible();
      if (locale === 'es') await expect(page.getByRole('article').getByText('Esta traducción todavía no la ha revisado una persona con dominio del idioma.')).toBeVisible();
      else await expect(page.getByText(/has not yet been checked by a fluent human/)).toHaveCount(0);
    });

    test("the article's words are sent once, as HTML, and stay as they are once the page's scripts run", async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(url);
      const words = page.locator('[data-static-html]');
      const before = await words.innerHTML();
      // "Copy link" answers only once React has hydrated the page around the static part.
      await page.getByRole('button', { name: t.copyLink }).click();
      await expect(page.getByRole('status').filter({ hasText: t.copied })).toBeVisible();
      expect(await words.innerHTML()).toBe(before);
      // A paragraph of plain text only: inside a glossary term or a link the words would be split
      // by markup in the payload too, and "not found in the scripts" would prove nothing.
      const sentence = (await words.locator('p:not(:has(*))').first().innerText()).slice(0, 60);
      expect(sentence.length).toBeGreaterThan(30);
      const scripts = await page.locator('script').evaluateAll((els) => els.map((e) => e.textContent ?? '').join('\n'));
      expect(scripts).not.toContain(sentence);
      expect(scripts).toContain('dangerouslySetInnerHTML');
    });

    test('a table-of-contents link and a deep link land on the heading', async ({ page }) => {
      await page.goto(url);
      const link = page.getByRole('navigation', { name: t.toc }).getByRole('link').nth(1);
      const target = (await link.getAttribute('href'))!;
      await link.click();
      await expect(page).toHaveURL(`${url}${target}`);
      await expect(page.locator(target)).toBeInViewport();
      await page.goto('about:blank');
      await page.goto(`${url}${target}`);
      await expect(page.locator(target)).toBeInViewport();
      await expect(page.locator(target)).toHaveJSProperty('tagName', 'H2');
    });

    test('a glossary term opens its definition by keyboard and closes with Escape', async ({ page }) => {
      await page.goto(url);
      const term = page.locator('.term-button').first();
      const popover = page.locator('.term-popover').first();
      await term.focus();
      await expect(popover).toBeHidden();
      await page.keyboard.press('Enter');
      await expect(popover).toBeVisible();
      await expect(popover.getByRole('link', { name: t.more })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(popover).toBeHidden();
    });

    test('print shows the article only, with terms as words and definitions at the end', async ({ page }) => {
      await page.goto(url);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByRole('contentinfo')).toBeHidden();
      await expect(page.getByRole('button', { name: t.print })).toBeHidden();
      await expect(page.locator('.term-button').first()).toBeVisible();
      await expect(page.locator('.term-popover').first()).toBeHidden();
      const after = await page.getByRole('region', { name: t.sources }).getByRole('link').first().evaluate((el) => getComputedStyle(el, '::after').content);
      expect(after).toMatch(/https?:/);
    });

    test('the index groups every article by theme', async ({ page }) => {
      await page.goto(`/${locale}/articles/`);
      await expect(page.getByRole('heading', { level: 1, name: t.index })).toBeVisible();
      expect(await page.getByRole('main').getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(3);
      for (const s of articleSlugs(locale)) await expect(page.locator(`main a[href="/${locale}/articles/${s}/"]`)).toHaveCount(1);
    });
  });

  test.describe(`article without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test('glossary terms still open (native popover) and the print button is not shown', async ({ page }) => {
      await page.goto(url);
      await page.locator('.term-button').first().click();
      await expect(page.locator('.term-popover').first()).toBeVisible();
      await expect(page.getByRole('button', { name: t.print })).toBeHidden();
    });
  });
}

test('the glossary lists every term with an anchor', async ({ page }) => {
  await page.goto('/en/glossary/#dicom');
  await expect(page.locator('#dicom')).toBeInViewport();
  await expect(page.getByRole('term').filter({ hasText: 'DICOM' })).toBeVisible();
});

// The articles that explain a scan file's hidden details send readers to the checker.
for (const locale of ['en', 'es'] as const) {
  const { ArticlePage: a } = JSON.parse(readFileSync(`content/messages/${locale}.json`, 'utf8')) as { ArticlePage: Record<string, string> };
  for (const slug of ['hidden-data-in-image-files', 'after-your-scan', 'your-face-in-your-head-scan']) {
    test(`"What you can do" links to the file checker (${locale}, ${slug})`, async ({ page }) => {
      await page.goto(`/${locale}/articles/${slug}/`);
      const link = page.getByRole('region', { name: a.whatYouCanDo }).getByRole('link', { name: a.toolChecker });
      await expect(link).toHaveAttribute('href', `/${locale}/check-my-file/`);
      await link.click();
      await expect(page).toHaveURL(`/${locale}/check-my-file/`);
    });
  }
}

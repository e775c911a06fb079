import { XMLParser } from 'fast-xml-parser';
import { expect, test, type Page } from '@playwright/test';
import { scriptContent } from './support/content';
import { goToStep } from './support/scriptSteps';

// Who stands behind each page, when it was checked, how to report a problem, what may change,
// and "not legal advice" on paper (issue: accurate, current and accountable).

const text = {
  en: {
    dates: /^Published .+ · Last reviewed .+ · Next review due .+$/,
    howWeWrite: 'How we write and check our pages', footerHowWeWrite: 'How we write', footerChanges: 'Changes', footerNav: 'About this site',
    report: 'Report a problem with this page', disclaimer: 'General information about privacy, not legal advice.',
    mayChange: 'What may change', policyTitle: 'How we write and check this site', changesTitle: 'Changes to this site',
    policyHeadings: ['Who stands behind this site', 'Where our facts come from', 'How we keep it plain', 'How and when we review pages', 'What has been reviewed, and by whom', 'How we fix mistakes'],
    noVendorMoney: /take no money from companies that sell/, feed: 'Follow these changes in a news reader (Atom feed)', why: 'Why:', howToAsk: /^Open the script and letter for this request: (.+) \((.+)\)$/,
    printLabel: 'Print this article', section: 'Section', page: 'Page', which: 'Which part?',
    siteName: 'Before Your Scan', more: 'More about this page', licence: 'CC BY 4.0 licence',
  },
  es: {
    dates: /^Publicada el .+ · Revisada por última vez el .+ · Próxima revisión: .+$/,
    howWeWrite: 'Cómo escribimos y revisamos nuestras páginas', footerHowWeWrite: 'Cómo escribimos', footerChanges: 'Cambios', footerNav: 'Sobre este sitio',
    report: 'Informar de un problema en esta página', disclaimer: 'Información general sobre la privacidad, no asesoramiento legal.',
    mayChange: 'Qué puede cambiar', policyTitle: 'Cómo escribimos y revisamos este sitio', changesTitle: 'Cambios en este sitio',
    policyHeadings: ['Quién está detrás de este sitio', 'De dónde salen nuestros datos', 'Cómo lo mantenemos claro', 'Cómo y cuándo revisamos las páginas', 'Qué se ha revisado y quién lo hizo', 'Cómo corregimos errores'],
    noVendorMoney: /No recibimos dinero de empresas que venden/, feed: 'Siga estos cambios en un lector de noticias (canal Atom)', why: 'Por qué:', howToAsk: /^Abrir qué decir y la carta para esta solicitud: (.+) \((.+)\)$/,
    printLabel: 'Imprimir este artículo', section: 'Sección', page: 'Página', which: '¿Qué parte?',
    siteName: 'Antes de su estudio de imagen', more: 'Más sobre esta página', licence: 'licencia CC BY 4.0',
  },
} as const;

/** One page of each type, as locale-free paths. */
const pageTypes = {
  article: '/articles/your-rights-in-the-us/',
  checklist: '/checklists/after-your-scan/',
  handout: '/handouts/your-rights-in-the-us/',
  questions: '/questions/',
  script: '/script/',
  glossary: '/glossary/',
  home: '/',
  policy: '/about/how-we-write/',
  changes: '/changes/',
} as const;

const pageInfo = (page: Page, locale: 'en' | 'es') => page.getByRole('complementary', { name: locale === 'en' ? 'About this page' : 'Sobre esta página' });

for (const locale of ['en', 'es'] as const) {
  const t = text[locale];

  test.describe(`accountability (${locale})`, () => {
    for (const [type, path] of Object.entries(pageTypes)) {
      test(`${type}: shows its dates, who stands behind it, how to report a problem, and footer links to the policy and changes`, async ({ page }) => {
        await page.goto(`/${locale}${path}`);
        const info = pageInfo(page, locale);
        await expect(info.getByText(t.dates)).toBeVisible();
        await expect(info.getByText(t.noVendorMoney)).toBeVisible();
        await expect(info.getByRole('link', { name: t.howWeWrite })).toHaveAttribute('href', `/${locale}/about/how-we-write/`);
        await expect(info.getByRole('link', { name: t.report })).toBeVisible();
        await expect(info.getByText(t.disclaimer)).toBeVisible();
        // The licence is for people who reuse the words: one click away, in the same place on every page.
        await expect(info.getByRole('link', { name: t.licence })).toBeHidden();
        await info.getByText(t.more, { exact: true }).click();
        await expect(info.getByRole('link', { name: t.licence })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
        const footer = page.getByRole('contentinfo').getByRole('navigation', { name: t.footerNav });
        await expect(footer.getByRole('link', { name: t.footerHowWeWrite, exact: true })).toHaveAttribute('href', `/${locale}/about/how-we-write/`);
        await expect(footer.getByRole('link', { name: t.footerChanges, exact: true })).toHaveAttribute('href', `/${locale}/changes/`);
      });
    }

    test('the report link carries the page address and the part of the page the reader names', async ({ page }) => {
      const path = `/${locale}/articles/your-rights-in-the-us/`;
      await page.goto(`${path}#access-to-records`);
      const info = pageInfo(page, locale);
      const link = info.getByRole('link', { name: t.report });
      const body = async () => new URL((await link.getAttribute('href'))!).searchParams.get('body')!;
      const heading = (await page.locator('#access-to-records').textContent())!.trim();
      // A link that arrived at a section starts on that section.
      const which = info.getByRole('combobox', { name: t.which });
      await expect(which).toHaveValue('access-to-records');
      expect(new URL((await link.getAttribute('href'))!).protocol).toBe('mailto:');
      expect(await body()).toContain(`${t.page}: `);
      expect(await body()).toContain(path);
      expect(await body()).toContain(`${t.section}: ${heading} (#access-to-records)`);
      expect(new URL((await link.getAttribute('href'))!).searchParams.get('subject')).toContain(path);
      // The reader can name another part, or the whole page.
      const other = (await page.locator('#accounting-of-disclosures').textContent())!.trim();
      await which.selectOption({ label: other });
      await expect.poll(body).toContain(`${t.section}: ${other} (#accounting-of-disclosures)`);
      await which.selectOption('');
      await expect.poll(body).toMatch(new RegExp(`${t.section}: \n`));
    });

    test('without JavaScript the report link still carries the page address', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${locale}/checklists/after-your-scan/`);
      const href = (await pageInfo(page, locale).getByRole('link', { name: t.report }).getAttribute('href'))!;
      expect(new URL(href).searchParams.get('body')).toContain(`/${locale}/checklists/after-your-scan/`);
      await context.close();
    });

    test('the editorial policy says who writes, how sources and reviews work, what was reviewed by whom, and how to correct', async ({ page }) => {
      await page.goto(`/${locale}/about/how-we-write/`);
      await expect(page.getByRole('heading', { level: 1, name: t.policyTitle })).toBeVisible();
      for (const h of t.policyHeadings) await expect(page.getByRole('heading', { level: 2, name: h })).toBeVisible();
      await expect(page.locator('#reviewed-by + *')).toBeVisible();
      await expect(page.getByText(locale === 'en' ? /No lawyer, doctor or patient group has reviewed this site yet/ : /Ningún abogado, médico ni organización de pacientes ha revisado todavía/)).toBeVisible();
      await page.getByRole('main').getByRole('link', { name: locale === 'en' ? 'list of changes' : 'lista de cambios' }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: t.changesTitle })).toBeVisible();
    });

    test('the changes page lists what changed, why and when, linking the pages; the Atom feed carries the same entries', async ({ page, request }) => {
      await page.goto(`/${locale}/changes/`);
      const entries = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
      expect(await entries.count()).toBeGreaterThanOrEqual(2);
      const dates = await entries.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
      expect(dates).toEqual([...dates].sort().reverse());
      const first = entries.first();
      await expect(first.getByText(t.why)).toBeVisible();
      const link = first.getByRole('link').first();
      const href = (await link.getAttribute('href'))!;
      expect((await request.get(href)).status()).toBe(200);
      await expect(page.getByRole('link', { name: t.feed })).toHaveAttribute('href', `/${locale}/feed.xml`);

      const feed = new XMLParser({ ignoreAttributes: false }).parse(await (await request.get(`/${locale}/feed.xml`)).text());
      const feedEntries = [feed.feed.entry].flat() as { id: string; summary: string; updated: string }[];
      const changeIds = await entries.evaluateAll((els) => els.map((e) => e.id));
      for (const id of changeIds) {
        const entry = feedEntries.find((e) => e.id.endsWith(`/${locale}/changes/#${id}`));
        expect(entry, id).toBeDefined();
      }
      expect(feed.feed.updated.slice(0, 10) >= dates[0]).toBe(true);
    });

    test('"What may change" shows on the pages a moving rule affects, with its source and the date checked', async ({ page }) => {
      await page.goto(`/${locale}/articles/your-rights-in-the-us/`);
      const box = page.getByRole('region', { name: t.mayChange });
      await expect(box).toBeVisible();
      await expect(box.getByRole('link').first()).toHaveAttribute('href', /^https:\/\/www\.federalregister\.gov\//);
      await expect(box.getByText(/2026/).first()).toBeVisible();
      await page.goto(`/${locale}/checklists/before-your-scan/`);
      await expect(page.getByRole('region', { name: t.mayChange })).toHaveCount(0);
    });

    test('every "How to ask" link opens the script tool on exactly its goal and place', async ({ page }) => {
      test.slow(); // about twenty page loads: 24-30 s on a busy two-core machine
      const { goals, common } = scriptContent(locale);
      for (const slug of ['your-rights-in-the-us', 'your-rights-in-the-eu-and-uk']) {
        await page.goto(`/${locale}/articles/${slug}/`);
        const links = page.getByRole('link', { name: t.howToAsk });
        const count = await links.count();
        expect(count, slug).toBeGreaterThanOrEqual(3);
        const targets = [];
        for (let i = 0; i < count; i++) targets.push({ name: (await links.nth(i).textContent())!, href: (await links.nth(i).getAttribute('href'))! });
        for (const { name, href } of targets) {
          const [, goalTitle, placeName] = name.match(t.howToAsk)!;
          const [, g, j] = href.match(/#g=([a-z]+)&j=([a-z]+)$/)!;
          expect(goals.find((x) => x.goal === g)!.title).toBe(goalTitle);
          expect(common.jurisdictions[j as 'us'].name).toBe(placeName);
          await page.goto(`/${locale}/articles/${slug}/`);
          await page.getByRole('link', { name, exact: true }).click();
          await expect(page).toHaveURL(new RegExp(`/${locale}/script/#g=${g}&j=${j}$`));
          await expect(page.getByRole('radio', { name: goalTitle })).toBeChecked();
          await expect(page.getByRole('radio', { name: placeName, exact: true })).toBeChecked();
          await expect(page.getByRole('heading', { level: 2, name: new RegExp(`${goalTitle.replace(/[()]/g, '\\$&')} \\(${placeName}\\)`) })).toBeVisible();
        }
      }
    });

    test.describe('not legal advice, on paper', () => {
      const printed = async (page: Page) => page.emulateMedia({ media: 'print' });
      for (const type of ['article', 'checklist', 'glossary'] as const) {
        test(`${type}: one line with the site, the address, the review date and the disclaimer`, async ({ page }) => {
          const path = `/${locale}${pageTypes[type]}`;
          await page.goto(path);
          await printed(page);
          const info = pageInfo(page, locale);
          await expect(info.getByText(t.disclaimer)).toBeVisible();
          await expect(info.getByText(new RegExp(`${t.siteName} · http.+${path.replace(/\//g, '\\/')}`))).toBeVisible();
          await expect(info.getByRole('link', { name: t.report })).toBeHidden();
        });
      }

      test('question list: printed with the disclaimer', async ({ page }) => {
        await page.goto(`/${locale}/questions/#v=1&scan=mri&body=head&setting=hospital&region=us`);
        await expect(page.locator('.question-item').first()).toBeVisible();
        await printed(page);
        await expect(pageInfo(page, locale).getByText(t.disclaimer)).toBeVisible();
      });

      test('handout: the disclaimer is in the sheet itself, once per printed side', async ({ page }) => {
        await page.goto(`/${locale}/handouts/your-rights-in-the-us/`);
        await printed(page);
        await expect(page.locator('.handout-front').getByText(t.disclaimer)).toBeVisible();
        await expect(pageInfo(page, locale)).toBeHidden();
      });

      test('script: the spoken script prints the disclaimer; the letters sent to the clinic do not', async ({ page }) => {
        const { goals } = scriptContent(locale);
        await page.goto(`/${locale}/script/#g=access&j=us`);
        await expect(page.getByRole('heading', { level: 2, name: new RegExp(goals.find((g) => g.goal === 'access')!.title) })).toBeVisible();
        await printed(page);
        await expect(pageInfo(page, locale).getByText(t.disclaimer)).toBeVisible();
        await page.emulateMedia({ media: 'screen' });
        // Print prints the step on screen: the letter step prints the letter alone.
        await goToStep(page, locale, 2);
        await printed(page);
        await expect(pageInfo(page, locale)).toBeHidden();
        await expect(page.getByText(t.disclaimer)).toBeHidden();
        await expect(page.getByRole('article').first()).toBeVisible();
      });
    });
  });
}

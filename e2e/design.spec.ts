import { expect, test } from '@playwright/test';
import { primaryNav } from './support/site';

const home = {
  en: {
    risk: /Your scan can carry more than the picture/,
    tasks: ['Get my questions to ask', 'Say no to research use, or ask for my images', 'Read the short guide before your scan'],
    situation: 'Find your situation',
    place: 'Your rights where you live',
    places: ['United States', 'European Union and EEA', 'United Kingdom', 'Somewhere else'],
    breadcrumb: 'You are here',
    home: 'Home',
    articles: 'Articles',
    startHere: 'Start here',
  },
  es: {
    risk: /Su estudio puede llevar más que la imagen/,
    tasks: ['Preparar mis preguntas', 'Decir que no al uso en investigación, o pedir mis imágenes', 'Leer la guía corta antes de su estudio'],
    situation: 'Busque su situación',
    place: 'Sus derechos donde vive',
    places: ['Estados Unidos', 'Unión Europea y EEE', 'Reino Unido', 'Otro lugar'],
    breadcrumb: 'Usted está aquí',
    home: 'Inicio',
    articles: 'Artículos',
    startHere: 'Para empezar',
  },
} as const;

for (const locale of ['en', 'es'] as const) {
  const c = home[locale];
  test.describe(`design (${locale})`, () => {
    test('the first phone screen says the risk and offers the three top tasks without scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`/${locale}/`);
      const risk = page.getByText(c.risk);
      await expect(risk).toBeInViewport({ ratio: 1 });
      for (const name of c.tasks) await expect(page.getByRole('link', { name, exact: true })).toBeInViewport({ ratio: 1 });
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });

    test('home leads by situation and by place, and every way in opens a page', async ({ page }) => {
      await page.goto(`/${locale}/`);
      const situations = page.getByRole('region', { name: c.situation }).getByRole('link');
      await expect(situations).toHaveCount(4);
      const places = page.getByRole('region', { name: c.place }).getByRole('link');
      await expect(places).toHaveText([...c.places]);
      const hrefs = [...(await situations.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))), ...(await places.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))];
      for (const href of hrefs) {
        const response = await page.request.get(href.split('#')[0]);
        expect(response.status(), href).toBe(200);
      }
      // A card's whole surface is the link: a tap on its description opens it.
      const description = page.getByRole('region', { name: c.situation }).getByRole('listitem').first().locator('.card-text');
      await description.scrollIntoViewIfNeeded();
      const text = (await description.boundingBox())!;
      await page.mouse.click(text.x + text.width / 2, text.y + text.height / 2);
      await expect(page).toHaveURL(/\/articles\/your-face-in-your-head-scan\/$/);
    });

    test('the care and elsewhere cards open the questions tool already set for that reader', async ({ page }) => {
      await page.goto(`/${locale}/`);
      await page.getByRole('region', { name: c.situation }).getByRole('link').nth(2).click();
      await expect(page).toHaveURL(/\/questions\/#v=1&for=other$/);
      await page.goBack();
      await page.getByRole('region', { name: c.place }).getByRole('link', { name: c.places[3] }).click();
      await expect(page).toHaveURL(/\/questions\/#v=1&region=elsewhere$/);
    });

    test('inner pages have breadcrumbs; start-here articles link to the next and previous', async ({ page }) => {
      await page.goto(`/${locale}/articles/where-your-images-go/`);
      const crumbs = page.getByRole('navigation', { name: c.breadcrumb });
      await expect(crumbs.getByRole('link')).toHaveText([c.home, c.articles]);
      const pager = page.getByRole('navigation', { name: c.startHere });
      await expect(pager).toContainText(locale === 'en' ? 'Part 2 of 3' : 'Parte 2 de 3');
      await pager.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(`/${locale}/articles/before-your-scan-guide/`);
      await expect(page.getByRole('navigation', { name: c.startHere }).locator('a[rel="next"]')).toHaveCount(0);
      await page.getByRole('navigation', { name: c.startHere }).locator('a[rel="prev"]').click();
      await expect(page).toHaveURL(`/${locale}/articles/where-your-images-go/`);
      await page.goto(`/${locale}/`);
      await expect(page.getByRole('navigation', { name: c.breadcrumb })).toHaveCount(0);
    });
  });
}

test.describe('phone header', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('is compact, keeps the language switch in view, and its menu opens and closes', async ({ page }) => {
    await page.goto('/en/articles/');
    const banner = page.getByRole('banner');
    expect((await banner.boundingBox())!.height).toBeLessThanOrEqual(120);
    await expect(banner.getByRole('link', { name: 'Español' })).toBeInViewport();
    const menu = banner.getByRole('button', { name: 'Menu' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await menu.click();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await menu.click();
    await page.mouse.click(180, 700);
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  });

  test('the menu works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/es/');
    await (await primaryNav(page, 'es')).getByRole('link', { name: 'Glosario' }).click();
    await expect(page).toHaveURL('/es/glossary/');
    await context.close();
  });
});

test.describe('dark mode and print colours', () => {
  test('the page follows a dark system setting, and always prints black on white', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/en/articles/your-face-in-your-head-scan/');
    const colours = () => page.evaluate(() => ({ bg: getComputedStyle(document.documentElement).backgroundColor, fg: getComputedStyle(document.body).color }));
    const luminance = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).reduce((s, n) => s + Number(n), 0) / 3;
    const dark = await colours();
    expect(luminance(dark.bg)).toBeLessThan(60);
    expect(luminance(dark.fg)).toBeGreaterThan(200);
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    const printed = await colours();
    expect(printed.bg).toBe('rgb(255, 255, 255)');
    expect(printed.fg).toBe('rgb(0, 0, 0)');
  });
});

test.describe('identity', () => {
  test('every page has the SVG mark as its icon and beside the site name; icons never stand alone', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Before Your Scan' })).toBeVisible();
    // Every icon is decorative and sits next to words that say the same thing.
    const bare = await page.locator('svg.icon, svg.logo-mark').evaluateAll((svgs) =>
      svgs.filter((s) => s.getAttribute('aria-hidden') !== 'true' || !s.parentElement?.textContent?.trim()).length,
    );
    expect(bare).toBe(0);
  });

  test('body text is at least 18 px on a phone, and controls are at least 44 px tall', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/en/articles/how-ai-reads-your-scan/');
    expect(await page.locator('main h2 + p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize))).toBeGreaterThanOrEqual(18);
    for (const path of ['/en/checklists/before-your-scan/', '/en/questions/', '/es/script/']) {
      await page.goto(path);
      // Buttons, selects, and the labels of checkboxes and radios (the label is the tap target).
      const small = await page.locator('main label:visible, main button:visible, main a.button:visible, main select:visible').evaluateAll((els) =>
        els
          .filter((e) => e.tagName !== 'LABEL' || (e as HTMLLabelElement).control?.matches('[type=checkbox], [type=radio]'))
          .filter((e) => e.getBoundingClientRect().height < 44)
          .map((e) => e.textContent?.trim().slice(0, 40)),
      );
      expect(small, path).toEqual([]);
    }
  });
});

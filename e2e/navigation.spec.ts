import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, primaryNav } from './support/site';

const cases = [
  { locale: 'en', other: 'es', home: 'Your scan, your privacy', about: 'About', aboutTitle: 'About this site', otherName: 'Español', otherAboutTitle: 'Sobre este sitio' },
  { locale: 'es', other: 'en', home: 'Su estudio, su privacidad', about: 'Sobre el sitio', aboutTitle: 'Sobre este sitio', otherName: 'English', otherAboutTitle: 'About this site' },
] as const;

for (const c of cases) {
  test.describe(`navigation (${c.locale})`, () => {
    test('home shows its heading in the right language and marks itself current', async ({ page }) => {
      await page.goto(`/${c.locale}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', c.locale);
      await expect(page.getByRole('heading', { level: 1, name: c.home })).toBeVisible();
      const nav = await primaryNav(page, c.locale);
      await expect(nav.getByRole('link', { name: c.about })).not.toHaveAttribute('aria-current', 'page');
    });

    test('primary navigation reaches About and marks it current', async ({ page }) => {
      await page.goto(`/${c.locale}/`);
      await (await primaryNav(page, c.locale)).getByRole('link', { name: c.about }).click();
      await expect(page).toHaveURL(`/${c.locale}/about/`);
      await expect(page.getByRole('heading', { level: 1, name: c.aboutTitle })).toBeVisible();
      await expect((await primaryNav(page, c.locale)).getByRole('link', { name: c.about })).toHaveAttribute('aria-current', 'page');
    });

    test('the language switcher keeps the current page', async ({ page }) => {
      await page.goto(`/${c.locale}/about/`);
      await page.getByRole('link', { name: c.otherName }).click();
      await expect(page).toHaveURL(`/${c.other}/about/`);
      await expect(page.locator('html')).toHaveAttribute('lang', c.other);
      await expect(page.getByRole('heading', { level: 1, name: c.otherAboutTitle })).toBeVisible();
    });

    test('footer links reach the privacy and accessibility pages', async ({ page }) => {
      await page.goto(`/${c.locale}/`);
      const footer = page.getByRole('contentinfo');
      for (const [name, path] of c.locale === 'en'
        ? ([['Privacy', '/privacy/'], ['Accessibility', '/accessibility/']] as const)
        : ([['Privacidad', '/privacy/'], ['Accesibilidad', '/accessibility/']] as const)) {
        await footer.getByRole('link', { name }).click();
        await expect(page).toHaveURL(`/${c.locale}${path}`);
        await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      }
    });

    test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
      await page.goto(`/${c.locale}/about/`);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: c.locale === 'en' ? 'Skip to main content' : 'Saltar al contenido principal' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
    });

    test('fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      for (const path of ['/', '/about/', '/privacy/', '/accessibility/']) {
        await page.goto(`/${c.locale}${path}`);
        await expectNoHorizontalScroll(page);
      }
    });
  });
}

test('the root page offers both languages as plain links', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL('/es/');
  await page.goto('/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en/');
});

test.describe('root page suggests the browser language', () => {
  test.use({ locale: 'es-MX' });
  test('Spanish browser sees the suggestion next to Español only', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('Su navegador prefiere este idioma.')).toBeVisible();
    await expect(page.getByText('Your browser prefers this language.')).toBeHidden();
  });
});

for (const [locale, startHere] of [
  ['en', 'New here? Read these three in order'],
  ['es', '¿Es su primera visita? Lea estos tres en orden'],
] as const) {
  test(`the ${locale} home page gives a three-article "start here" path that opens`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    const links = page.getByRole('region', { name: startHere }).getByRole('listitem').getByRole('link');
    await expect(links).toHaveCount(3);
    const title = (await links.first().innerText()).trim();
    await links.first().click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });
}

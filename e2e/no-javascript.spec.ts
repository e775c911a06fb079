import { expect, test } from '@playwright/test';
import { localeOf, sitemapPaths } from './support/site';

test.use({ javaScriptEnabled: false });

for (const path of sitemapPaths()) {
  test(`${path} renders its main content without JavaScript`, async ({ page }) => {
    await page.goto(path);
    const locale = localeOf(path);
    if (locale) await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const main = page.getByRole('main');
    await expect(main).toBeVisible();
    await expect(main.getByRole('heading').first()).toBeVisible();
    expect((await main.innerText()).length).toBeGreaterThan(100);
  });
}

test('the language chooser works without JavaScript', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL('/es/');
  await expect(page.getByRole('heading', { level: 1, name: 'Su estudio, su privacidad' })).toBeVisible();
});

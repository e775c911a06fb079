import { expect, test } from '@playwright/test';

test('an unknown locale gets status 404 and a page in every language', async ({ page }) => {
  const res = await page.goto('/fr/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No encontramos esta página' })).toBeVisible();
  await page.getByRole('link', { name: /Ir a la página de inicio/ }).click();
  await expect(page).toHaveURL('/es/');
});

for (const [locale, title, home] of [
  ['en', 'Page not found', 'Go to the home page'],
  ['es', 'No encontramos esta página', 'Ir a la página de inicio'],
] as const) {
  test(`an unknown page under /${locale}/ gets status 404 in that language`, async ({ page }) => {
    for (const path of [`/${locale}/no-such-page/`, `/${locale}/about/deeper/still/`]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    }
    await page.getByRole('link', { name: home }).click();
    await expect(page).toHaveURL(`/${locale}/`);
  });
}

test('paths without a trailing slash redirect to the page', async ({ page }) => {
  await page.goto('/en/about');
  await expect(page).toHaveURL('/en/about/');
});

test('host rule files are not served as pages', async ({ request }) => {
  expect((await request.get('/_headers')).status()).toBe(404);
  expect((await request.get('/_redirects')).status()).toBe(404);
});

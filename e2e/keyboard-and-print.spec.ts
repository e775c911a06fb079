import { expect, test } from '@playwright/test';

for (const locale of ['en', 'es'] as const) {
  test(`every link on the ${locale} home page is reached by Tab, with a visible focus ring`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    // input: the header's search box.
    const expected = await page.locator('a:visible, button:visible, summary:visible, input:visible, a.skip-link').count();
    const reached = new Set<string>();
    for (let i = 0; i < expected + 2; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        // Position among all controls, so two links with the same text and target stay distinct.
        const index = [...document.querySelectorAll('a, button, input, select, textarea, summary')].indexOf(el);
        return { key: `${index}:${el.textContent}`, ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
      });
      if (!info) continue;
      expect(info.ring, `focus ring on ${info.key}`).toBe(true);
      reached.add(info.key);
    }
    expect(reached.size).toBe(expected);
  });

  test(`print hides the site chrome on the ${locale} about page`, async ({ page }) => {
    await page.goto(`/${locale}/about/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const color = await page.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).color);
    expect(color).toBe('rgb(0, 0, 0)');
    // External links show their address after the text.
    const after = await page.locator('main a[href^="http"]').first().evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('creativecommons.org');
  });
}

import { expect, test, type Page } from '@playwright/test';
import { checklist, checklists } from './support/content';
import { paperSizes, printedPages } from './support/print';
import { primaryNav } from './support/site';

const text = {
  en: { progress: (d: number, t: number) => `${d} of ${t} done`, remember: 'Remember on this device', clear: 'Clear my answers', ignored: /out of date or not readable/, blocked: /will not let us remember/, about: 'About' },
  es: { progress: (d: number, t: number) => `${d} de ${t} listos`, remember: 'Recordar en este dispositivo', clear: 'Borrar mis respuestas', ignored: /eran viejas o no se podían leer/, blocked: /no nos permite recordar/, about: 'Sobre el sitio' },
} as const;

const slug = 'before-your-scan';
const storageKey = `before-your-scan:checklist:${slug}`;

for (const locale of ['en', 'es'] as const) {
  const t = text[locale];
  const data = checklist(locale, slug);
  const [first, second, third] = data.items;
  const total = data.items.length;
  const url = `/${locale}/checklists/${slug}/`;
  const box = (page: Page, label: string) => page.getByRole('checkbox', { name: label, exact: true });

  test.describe(`checklist (${locale})`, () => {
    test('ticks are announced, kept in the fragment and restored on reload', async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole('group', { name: new RegExp(data.title) })).toBeVisible();
      await box(page, first.label).check();
      await box(page, third.label).check();
      await expect(page.getByRole('status').filter({ hasText: t.progress(2, total) })).toBeVisible();
      expect(new URL(page.url()).hash).toBe(`#done=${first.id},${third.id}`);
      await page.reload();
      await expect(box(page, first.label)).toBeChecked();
      await expect(box(page, third.label)).toBeChecked();
      await expect(box(page, second.label)).not.toBeChecked();
      // Nothing is stored until the user asks for it.
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
    });

    test('ticks survive leaving the page and coming back', async ({ page }) => {
      await page.goto(url);
      await box(page, second.label).check();
      await (await primaryNav(page, locale)).getByRole('link', { name: t.about }).click();
      await expect(page).toHaveURL(`/${locale}/about/`);
      await page.goBack();
      await expect(box(page, second.label)).toBeChecked();
      await expect(page.getByText(t.progress(1, total))).toBeVisible();
      await page.goForward();
      await page.goBack();
      await expect(box(page, second.label)).toBeChecked();
    });

    test('a shared link restores the ticks in a fresh browser', async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}#done=${second.id},${third.id}`);
      await expect(box(page, second.label)).toBeChecked();
      await expect(box(page, third.label)).toBeChecked();
      await expect(page.getByText(t.progress(2, total))).toBeVisible();
      await context.close();
    });

    test('"remember on this device" keeps ticks in storage until turned off or cleared', async ({ page }) => {
      await page.goto(url);
      await page.getByRole('checkbox', { name: t.remember }).check();
      await box(page, first.label).check();
      expect(await page.evaluate((k) => localStorage.getItem(k), storageKey)).toBe(`#done=${first.id}`);
      // Open the bare address: storage restores the ticks.
      await page.goto('about:blank');
      await page.goto(url);
      await expect(box(page, first.label)).toBeChecked();
      await expect(page.getByRole('checkbox', { name: t.remember })).toBeChecked();
      await page.getByRole('checkbox', { name: t.remember }).uncheck();
      expect(await page.evaluate((k) => localStorage.getItem(k), storageKey)).toBeNull();
    });

    test('a link to one item (#id, as search results give) keeps remembered ticks and is not called out of date', async ({ page }) => {
      await page.goto(url);
      await page.getByRole('checkbox', { name: t.remember }).check();
      await box(page, first.label).check();
      await page.goto('about:blank');
      await page.goto(`${url}#${third.id}`);
      await expect(box(page, first.label)).toBeChecked();
      await expect(page.getByText(t.ignored)).toHaveCount(0);
      // The anchor stays (it is where the reader was sent), and storage still holds the tick.
      expect(new URL(page.url()).hash).toBe(`#${third.id}`);
      expect(await page.evaluate((k) => localStorage.getItem(k), storageKey)).toBe(`#done=${first.id}`);
      await box(page, second.label).check();
      expect(await page.evaluate((k) => localStorage.getItem(k), storageKey)).toBe(`#done=${first.id},${second.id}`);
    });

    test('"clear my answers" removes the ticks from the page, the address and storage', async ({ page }) => {
      await page.goto(url);
      await page.getByRole('checkbox', { name: t.remember }).check();
      await box(page, first.label).check();
      await box(page, second.label).check();
      await page.getByRole('button', { name: t.clear }).click();
      await expect(box(page, first.label)).not.toBeChecked();
      await expect(box(page, second.label)).not.toBeChecked();
      await expect(page.getByText(t.progress(0, total))).toBeVisible();
      expect(new URL(page.url()).hash).toBe('');
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      await page.reload();
      await expect(box(page, first.label)).not.toBeChecked();
    });

    test('a tampered or outdated link restores what is valid and says the rest was ignored', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${url}#done=${first.id},no-such-item,<script>alert(1)</script>`);
      await expect(box(page, first.label)).toBeChecked();
      await expect(page.getByText(t.ignored)).toBeVisible();
      await page.goto(`${url}#%E0%A4%A&&&=${'x'.repeat(50_000)}`);
      await page.reload();
      await expect(page.getByText(t.ignored)).toBeVisible();
      await expect(page.getByText(t.progress(0, total))).toBeVisible();
      expect(errors).toEqual([]);
    });

    test('works for the visit when storage throws, and says it cannot remember', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
      });
      await page.goto(url);
      await expect(page.getByText(t.blocked)).toBeVisible();
      await box(page, first.label).check();
      await expect(page.getByText(t.progress(1, total))).toBeVisible();
      await page.getByRole('checkbox', { name: t.remember }).click();
      await expect(page.getByRole('checkbox', { name: t.remember })).not.toBeChecked();
      expect(new URL(page.url()).hash).toBe(`#done=${first.id}`);
    });

    test('works when storage is full', async ({ page }) => {
      await page.addInitScript(() => {
        Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
      });
      await page.goto(url);
      await page.getByRole('checkbox', { name: t.remember }).click();
      await expect(page.getByText(t.blocked)).toBeVisible();
      await expect(page.getByRole('checkbox', { name: t.remember })).not.toBeChecked();
      await box(page, first.label).check();
      await expect(box(page, first.label)).toBeChecked();
    });

    test('keyboard alone ticks items', async ({ page }) => {
      await page.goto(url);
      await box(page, first.label).focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      // Tab may stop on a "read more" link first; keep going until the next checkbox.
      for (let i = 0; i < 3 && !(await box(page, second.label).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await expect(box(page, first.label)).toBeChecked();
      await expect(box(page, second.label)).toBeChecked();
    });

    test('print keeps the ticks and why lines, shows the address, hides the chrome', async ({ page }) => {
      await page.goto(`${url}#done=${first.id}`);
      await expect(box(page, first.label)).toBeChecked();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByRole('button', { name: t.clear })).toBeHidden();
      await expect(box(page, first.label)).toBeChecked();
      if (first.why) await expect(page.getByText(first.why)).toBeVisible();
      await expect(page.getByText(`/${locale}/checklists/${slug}/`)).toBeVisible();
    });
  });

  test.describe(`checklist without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test('renders a printable list of empty boxes', async ({ page }) => {
      await page.goto(url);
      for (const item of data.items) await expect(box(page, item.label)).not.toBeChecked();
      await expect(page.getByRole('checkbox', { name: t.remember })).toBeHidden();
    });
  });

  test(`every ${locale} checklist prints on one page, A4 and Letter, with every item ticked`, async ({ page }) => {
    for (const { slug: s, data: c } of checklists(locale)) {
      await page.goto(`/${locale}/checklists/${s}/#done=${c.items.map((i) => i.id).join(',')}`);
      await expect(page.getByRole('checkbox', { name: c.items[0].label, exact: true })).toBeChecked();
      for (const format of paperSizes) expect(await printedPages(page, format), `${s} on ${format}`).toBe(1);
    }
  });
}

test('switching language keeps the ticks (item ids are the same in every language)', async ({ page }) => {
  const en = checklist('en', slug);
  const es = checklist('es', slug);
  await page.goto(`/en/checklists/${slug}/`);
  await page.getByRole('checkbox', { name: en.items[1].label, exact: true }).check();
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(`/es/checklists/${slug}/#done=${es.items[1].id}`);
  await expect(page.getByRole('checkbox', { name: es.items[1].label, exact: true })).toBeChecked();
});

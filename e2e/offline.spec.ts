import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { checklist, scriptContent } from './support/content';
import { primaryNav } from './support/site';

// The opt-in offline copy (scripts/offline.mjs, components/offline/). Saving downloads a whole
// language, and the tools are used offline afterwards: these tests are long by nature.
test.describe.configure({ timeout: 120_000 });

const text = {
  en: {
    save: 'Save this site for offline use', start: 'Start saving', cancel: 'Cancel', size: /^This will use about \d+(\.\d)? MB on this device\.$/,
    done: 'Saved. This site now works without a connection in English.', saved: 'Saved on this device: English.', savedBoth: 'Saved on this device: English, Spanish.',
    alsoSave: 'Also save Español', remove: 'Remove offline copy', removed: /^Removed\./, progress: /^Saving: \d+ of \d+ files$/,
    offlineTitle: 'You are offline', articles: 'Articles', update: 'A newer version of this site is ready.', reload: 'Reload',
    searchFor: 'defacing', face: 'Your face is in your head scan', bilingual: /English and Spanish/,
    scan: 'Type of scan', mri: 'MRI', list: 'Your questions', place: 'Where is your scan?', goal: 'What do you want to do?', stepsNav: 'Steps', dateStep: '3 Note the date', ics: 'Add the due date to my calendar',
  },
  es: {
    save: 'Guardar este sitio para usarlo sin conexión', start: 'Empezar a guardar', cancel: 'Cancelar', size: /^Esto ocupará unos \d+(\.\d)? MB en este dispositivo\.$/,
    done: 'Guardado. Ahora este sitio funciona sin conexión en español.', saved: 'Guardado en este dispositivo: español.', savedBoth: 'Guardado en este dispositivo: inglés, español.',
    alsoSave: 'Guardar también: English', remove: 'Quitar la copia sin conexión', removed: /^Quitada\./, progress: /^Guardando: \d+ de \d+ archivos$/,
    offlineTitle: 'No tiene conexión', articles: 'Artículos', update: 'Hay una versión nueva de este sitio lista para usar.', reload: 'Cargar la versión nueva',
    searchFor: 'rostro', face: 'Su cara está en el estudio de imagen de su cabeza', bilingual: /español e inglés/,
    scan: 'Tipo de estudio', mri: 'Resonancia magnética', list: 'Sus preguntas', place: '¿Dónde es su estudio?', goal: '¿Qué quiere hacer?', stepsNav: 'Pasos', dateStep: '3 Anote la fecha', ics: 'Añadir la fecha límite a mi calendario',
  },
} as const;

async function expectAxeClean(page: Page, state: string) {
  expect(await axeViolations(page), state).toEqual([]);
}

const stored = (page: Page) =>
  page.evaluate(async () => ({ caches: await caches.keys(), workers: (await navigator.serviceWorker.getRegistrations()).length }));

const offlineSection = (page: Page) => page.locator('section[aria-labelledby="offline"]');

/** Save from the about page: size first, then progress to done. */
async function save(page: Page, locale: 'en' | 'es', button: string, done: string | RegExp) {
  const t = text[locale];
  await page.getByRole('button', { name: button }).click();
  await expect(page.getByRole('status').filter({ hasText: t.size })).toBeVisible();
  await expect(page.getByRole('button', { name: t.start })).toBeFocused();
  await page.getByRole('button', { name: t.start }).click();
  await expect(page.getByRole('status').filter({ hasText: done })).toBeVisible({ timeout: 60_000 });
}

/** Console errors and failed page requests while offline: client navigation must fall back quietly. */
function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
}

for (const locale of ['en', 'es'] as const) {
  const t = text[locale];
  const other = locale === 'en' ? 'es' : 'en';
  const size = JSON.parse(readFileSync(`out/${locale}/offline.json`, 'utf8')) as { files: number; bytes: number };

  test.describe(`offline copy (${locale})`, () => {
    test('save, then read and use the tools with no connection, then remove', async ({ page, context }, testInfo) => {
      test.skip(testInfo.project.name !== 'desktop', 'the phone project runs the smoke test below');
      // The manifest and the workers need nothing new in the CSP: any violation is a console error.
      const errors = watchErrors(page);
      await page.goto(`/${locale}/about/`);
      expect(await stored(page)).toEqual({ caches: [], workers: 0 });
      await expect(page.getByRole('heading', { level: 2, name: locale === 'en' ? 'Use this site without a connection' : 'Usar este sitio sin conexión' })).toBeVisible();
      await expectAxeClean(page, 'before saving');

      // Size first; Cancel stores nothing.
      await page.getByRole('button', { name: t.save }).click();
      const sizeLine = page.getByRole('status').filter({ hasText: t.size });
      await expect(sizeLine).toBeVisible();
      const mb = Number((await sizeLine.textContent())!.match(/(\d+(?:[.,]\d)?) MB/)![1].replace(',', '.'));
      expect(Math.abs(mb - size.bytes / 1e6)).toBeLessThan(0.1);
      await expectAxeClean(page, 'size shown');
      await page.getByRole('button', { name: t.cancel }).click();
      await expect(page.getByRole('button', { name: t.save })).toBeFocused();
      expect(await stored(page)).toEqual({ caches: [], workers: 0 });

      // Progress is shown with a native <progress>, and reaches the file count.
      await page.getByRole('button', { name: t.save }).click();
      await page.getByRole('button', { name: t.start }).click();
      await expect(page.getByRole('progressbar')).toBeVisible();
      await expect(page.getByText(t.progress)).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: t.done })).toBeVisible({ timeout: 60_000 });
      await expectAxeClean(page, 'saved');
      const keys = (await stored(page)).caches;
      expect(keys.some((k) => k.startsWith(`bys-${locale}-precache`))).toBe(true);
      expect(await page.evaluate(async (l) => {
        const name = (await caches.keys()).find((k) => k.startsWith(`bys-${l}-precache`))!;
        return (await (await caches.open(name)).keys()).length;
      }, locale)).toBe(size.files);

      // Later visits show the state.
      await page.reload();
      await expect(offlineSection(page).getByText(t.saved)).toBeVisible();
      await expect(page.getByRole('button', { name: t.alsoSave })).toBeVisible();
      await expectAxeClean(page, 'saved, later visit');

      await goOffline(context);

      // An article, from its hub by links (plain <a>: each a full page load from the saved copy).
      await page.goto(`/${locale}/`);
      await (await primaryNav(page, locale)).getByRole('link', { name: t.articles }).click();
      await expect(page).toHaveURL(`/${locale}/articles/`);
      await page.getByRole('main').getByRole('link').first().click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/articles/[a-z-]+/$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // RSC payloads are not saved. Should Next's router ask for one, the worker answers with
      // something that is not a flight response, so the router loads the page itself: no error.
      const rsc = await page.evaluate(async (l) => {
        const res = await fetch(`/${l}/articles/__next._tree.txt?_rsc=x`, { headers: { RSC: '1' } });
        return { ok: res.ok, type: res.headers.get('content-type') };
      }, locale);
      expect(rsc).toEqual({ ok: true, type: 'text/plain' });

      // A checklist: a tick stays ticked in print.
      const list = checklist(locale, 'before-your-scan');
      await page.goto(`/${locale}/checklists/before-your-scan/`);
      const box = page.getByRole('checkbox', { name: list.items[0].label, exact: true });
      await box.check();
      await page.emulateMedia({ media: 'print' });
      await expect(box).toBeChecked();
      await page.emulateMedia({ media: 'screen' });

      // The questions tool: answer, get the list, print it.
      await page.goto(`/${locale}/questions/`);
      await page.getByRole('group', { name: t.scan }).getByRole('radio', { name: t.mri, exact: true }).check();
      await expect(page.getByRole('region', { name: t.list }).getByRole('listitem').first()).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      await page.emulateMedia({ media: 'screen' });
      expect(pdf.length).toBeGreaterThan(1000);

      // The script tool: the .ics reminder is made in the browser and downloads offline.
      const { goals, common } = scriptContent(locale);
      await page.goto(`/${locale}/script/`);
      await page.getByRole('group', { name: t.place }).getByRole('radio', { name: common.jurisdictions.us.name, exact: true }).check();
      await page.getByRole('group', { name: t.goal }).getByRole('radio', { name: goals.find((g) => g.goal === 'access')!.title }).check();
      await page.getByRole('navigation', { name: t.stepsNav }).getByRole('button', { name: t.dateStep, exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.ics }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.ics$/);
      expect(readFileSync((await download.path())!, 'utf8')).toContain('BEGIN:VCALENDAR');

      // The side-by-side script: the other language's scripts come from the saved copy too.
      await page.getByRole('navigation', { name: t.stepsNav }).getByRole('button', { name: /^1 /, exact: false }).click();
      await page.getByRole('checkbox', { name: t.bilingual }).check();
      await expect(page.locator(`[data-part="script"] [lang="${other}"]`)).toBeVisible();

      // Search runs offline on this language's saved index.
      await page.goto(`/${locale}/search/#q=${t.searchFor}`);
      await expect(page.getByRole('main').getByRole('link', { name: t.face }).first()).toBeVisible();
      expect(errors, 'console errors while offline').toEqual([]);

      // Not saved: an unknown address in this language, and the other language, each in its own words.
      await page.goto(`/${locale}/no-such-page/`);
      await expect(page.getByRole('heading', { level: 1, name: t.offlineTitle })).toBeVisible();
      await page.goto(`/${other}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.getByRole('heading', { level: 1, name: text[other].offlineTitle })).toBeVisible();
      await expectAxeClean(page, 'offline page');

      // Back online: an unknown address gets the real 404 page, not the offline page.
      await context.setOffline(false);
      const notFound = await page.goto(`/${locale}/no-such-page/`);
      expect(notFound?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: t.offlineTitle })).toHaveCount(0);

      // Also save the other language, then remove everything.
      await page.goto(`/${locale}/about/`);
      await save(page, locale, t.alsoSave, locale === 'en' ? 'Saved. This site now works without a connection in Spanish.' : 'Guardado. Ahora este sitio funciona sin conexión en inglés.');
      await expect(offlineSection(page).getByText(t.savedBoth)).toBeVisible();
      await goOffline(context);
      await page.goto(`/${other}/articles/`);
      await expect(page.getByRole('heading', { level: 1, name: text[other].articles })).toBeVisible();
      await context.setOffline(false);

      await page.goto(`/${locale}/about/`);
      await page.getByRole('button', { name: t.remove }).click();
      await expect(page.getByRole('status').filter({ hasText: t.removed })).toBeVisible();
      expect(await stored(page)).toEqual({ caches: [], workers: 0 });
      await expect(page.getByRole('button', { name: t.save })).toBeVisible();
      await expectAxeClean(page, 'removed');
    });
  });
}

test('a new version waits for the reader: the notice, then Reload activates it', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'desktop only');
  await page.goto('/en/about/');
  await save(page, 'en', text.en.save, text.en.done);
  await page.goto('/en/');
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await expect(page.getByText(text.en.update)).toHaveCount(0);

  // A new deploy: the worker script changes. Playwright cannot route a worker's own script
  // fetch, so the test changes the served file for a moment (same length, as the server set
  // Content-Length at start-up: one file's revision, which also makes Workbox fetch that file again).
  const file = 'out/en/sw.js';
  const original = readFileSync(file, 'utf8');
  const changed = original.replace(/revision:"([0-9a-f]{32})"/, (_m, h: string) => `revision:"${[...h].reverse().join('')}"`);
  expect(changed).not.toBe(original);
  expect(changed.length).toBe(original.length);
  try {
    writeFileSync(file, changed);
    // The update check may revalidate against the HTTP cache; start clean so it sees the new bytes.
    await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  } finally {
    writeFileSync(file, original);
  }
  const notice = page.getByRole('status').filter({ hasText: text.en.update });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expectAxeClean(page, 'update notice');
  await page.evaluate(() => ((window as unknown as { beforeReload: boolean }).beforeReload = true));
  await notice.getByRole('button', { name: text.en.reload }).click();
  await page.waitForFunction(() => !(window as unknown as { beforeReload?: boolean }).beforeReload);
  const state = await page.evaluate(async () => {
    const reg = (await navigator.serviceWorker.getRegistration())!;
    return { waiting: !!reg.waiting, active: reg.active?.state, controlled: !!navigator.serviceWorker.controller };
  });
  expect(state).toEqual({ waiting: false, active: 'activated', controlled: true });
  await expect(page.getByText(text.en.update)).toHaveCount(0);
});

test('problems get a clear message and leave nothing behind', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'desktop only');
  const cases = [
    {
      locale: 'en',
      why: 'no service workers',
      init: () => delete (Navigator.prototype as unknown as { serviceWorker?: unknown }).serviceWorker,
      message: 'This browser cannot save sites for offline use. You can still read the site while you are connected.',
      button: false,
    },
    {
      locale: 'en',
      why: 'registration refused, as in some private windows',
      init: () => {
        ServiceWorkerContainer.prototype.register = () => Promise.reject(new DOMException('blocked', 'SecurityError'));
      },
      message: 'Your browser did not allow saving. This can happen in a private window or when site data is blocked. Nothing was saved.',
      button: true,
    },
    {
      locale: 'es',
      why: 'too little space',
      init: () => {
        StorageManager.prototype.estimate = () => Promise.resolve({ quota: 1_000_000, usage: 0 });
      },
      message: 'No hay espacio suficiente en este dispositivo. No se guardó nada.',
      button: true,
    },
  ] as const;
  for (const c of cases) {
    const context = await browser.newContext();
    await context.addInitScript(c.init);
    const page = await context.newPage();
    await page.goto(`/${c.locale}/about/`);
    if (c.button) {
      await page.getByRole('button', { name: text[c.locale].save }).click();
      await page.getByRole('button', { name: text[c.locale].start }).click();
      await expect(page.getByRole('status').filter({ hasText: c.message }), c.why).toBeVisible();
      expect(await stored(page), c.why).toEqual({ caches: [], workers: 0 });
      await expect(page.getByRole('button', { name: text[c.locale].save })).toBeVisible();
    } else {
      await expect(page.getByText(c.message), c.why).toBeVisible();
      await expect(page.getByRole('button', { name: text[c.locale].save })).toHaveCount(0);
    }
    await context.close();
  }
});

test('phone: save and remove the offline copy', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the desktop project runs the full flow');
  for (const locale of ['en', 'es'] as const) {
    const t = text[locale];
    await page.goto(`/${locale}/about/#offline`);
    await save(page, locale, t.save, t.done);
    await context.setOffline(true);
    await page.goto(`/${locale}/checklists/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await context.setOffline(false);
    await page.goto(`/${locale}/about/`);
    await page.getByRole('button', { name: t.remove }).click();
    await expect(page.getByRole('status').filter({ hasText: t.removed })).toBeVisible();
    expect(await stored(page)).toEqual({ caches: [], workers: 0 });
  }
});

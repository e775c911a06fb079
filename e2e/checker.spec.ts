import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { unzipSync } from 'fflate';
import { expectNoHorizontalScroll } from './support/site';
import { DEFAULTS, allText, fixtureUid, header, makeDicom, makeDicomdir, openChecker, openGroup, pixelData, pixels, series, truncated, words, writeFiles, type Locale } from './support/checker';

// The file checker (/{locale}/check-my-file/): files are read in a worker on this device. Every
// fixture is built here from invented values (components/checker/fixtures.ts), never real data.
test.describe.configure({ timeout: 60_000 });

const locales: Locale[] = ['en', 'es'];
const identifying = [DEFAULTS.patientName, DEFAULTS.patientId, DEFAULTS.birthDate, DEFAULTS.institution, DEFAULTS.referringPhysician, DEFAULTS.stationName, DEFAULTS.deviceSerial, DEFAULTS.comments, DEFAULTS.nestedName, DEFAULTS.accessionNumber];

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  expect(file.suggestedFilename()).toBe(name.match(/\(([^)]+)\)/)?.[1]);
  return new Uint8Array(readFileSync((await file.path())!));
}

for (const locale of locales) {
  const w = words(locale);
  const { m } = w;

  test.describe(`file checker (${locale})`, () => {
    test('one file: findings by group, a value revealed, a cleaned .dcm with the same pixels', async ({ page }) => {
      const original = makeDicom({ burnedIn: 'YES', privateTags: 3, pixelBytes: pixels() });
      const { paths } = writeFiles({ 'scan.dcm': original });
      await openChecker(page, locale);
      expect(await axeViolations(page), 'initial').toEqual([]);
      await page.getByLabel(m.filesLabel).setInputFiles(paths);

      const results = page.getByRole('heading', { level: 2, name: m.resultsTitle });
      await expect(results).toBeFocused();
      await expect(page.getByText(w.fill(m.summary, { files: 1, studies: 1, skipped: 0 }))).toBeVisible();
      // The study's description and date identify it: they are not shown openly (DEFAULTS.studyDate is 2025-03-10).
      await expect(page.getByText(DEFAULTS.studyDescription)).toHaveCount(0);
      await expect(page.getByText(new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 2, 10)))).toHaveCount(0);
      // Each group is a closed disclosure whose summary gives the count: a short page, even on a phone.
      for (const c of ['names', 'dates', 'ids', 'places', 'people', 'devices', 'freeText']) {
        await expect(w.group(page, c)).toBeVisible();
        await expect(w.group(page, c).locator('..')).not.toHaveAttribute('open');
      }
      await expect(page.getByRole('button', { name: w.fill(m.showNamed, { label: w.keyword('PatientName') }) })).toBeHidden();
      await expect(page.getByText(w.fill(m.privateText, { count: 3 }))).toBeVisible();
      await expect(page.getByRole('link', { name: w.flagLink('burnedInYes') })).toHaveAttribute('href', `/${locale}/articles/hidden-data-in-image-files/#what-is-burned-in-text`);
      await expect(page.getByRole('link', { name: w.flagLink('headScan') })).toHaveAttribute('href', `/${locale}/articles/your-face-in-your-head-scan/#how-a-scan-shows-a-face`);

      // Masked until asked for, even with its group open; then shown, and hidden again.
      await openGroup(page, locale, 'names');
      await expect(page.getByText(DEFAULTS.patientName, { exact: true })).toHaveCount(0);
      const show = page.getByRole('button', { name: w.fill(m.showNamed, { label: w.keyword('PatientName') }) });
      await show.click();
      await expect(page.getByText(DEFAULTS.patientName, { exact: true })).toBeVisible();
      await page.getByRole('button', { name: w.fill(m.hideNamed, { label: w.keyword('PatientName') }) }).click();
      await expect(page.getByText(DEFAULTS.patientName, { exact: true })).toHaveCount(0);
      expect(await axeViolations(page), 'results').toEqual([]);

      // The before-warning sits above the button; the after-reminder beside the download.
      const clean = page.getByRole('region', { name: m.cleanTitle });
      await expect(clean.getByText(stripTags(messages(locale).limits.burnedIn))).toBeVisible();
      await page.getByRole('button', { name: m.cleanButton }).click();
      await expect(page.getByRole('heading', { name: m.cleanedTitle })).toBeFocused();
      await expect(page.getByText(m.cleanedReminder)).toBeVisible();
      expect(await axeViolations(page), 'cleaned').toEqual([]);
      const cleaned = await download(page, w.fill(m.download, { name: 'cleaned.dcm' }));
      const text = allText(cleaned);
      for (const value of identifying) expect(text, value).not.toContain(value);
      expect(pixelData(cleaned)).toEqual(pixelData(original));
    });

    test('several files, one compressed: a .zip with neutral names and unchanged pixels', async ({ page }) => {
      const files = [...series(2, { pixelBytes: pixels(4096) }), makeDicom({ transferSyntax: 'jpegBaseline', pixelBytes: pixels(3001), modality: 'US', bodyPart: 'ABDOMEN', seriesDescription: 'LIVER', studyDescription: 'US ABDOMEN', protocolName: null })];
      const { paths } = writeFiles({ 'TEST_ALEX/a.dcm': files[0], 'TEST_ALEX/b.dcm': files[1], 'TEST_ALEX/c': files[2] });
      await openChecker(page, locale);
      await page.getByLabel(m.filesLabel).setInputFiles(paths);
      await expect(page.getByText(w.fill(m.summary, { files: 3, studies: 2, skipped: 0 }))).toBeVisible();
      await expect(page.getByRole('link', { name: w.flagLink('burnedInCommon') })).toBeVisible();
      // Keep the real dates and the patient characteristics: the dates stay, the names go.
      await page.getByRole('radio', { name: m.dates && (messages(locale).dates.keep as string) }).check();
      await page.getByRole('checkbox', { name: messages(locale).options.keepPatientCharacteristics as string }).check();
      await page.getByRole('button', { name: m.cleanButton }).click();
      const zip = unzipSync(await download(page, w.fill(m.download, { name: 'cleaned-scans.zip' })));
      const names = Object.keys(zip).sort();
      expect(names).toHaveLength(3);
      for (const name of names) expect(name).toMatch(/^study-\d+\/series-\d+\/image-\d{4}\.dcm$/);
      const before = files.map((f) => Buffer.from(pixelData(f)).toString('hex')).sort();
      const after = names.map((n) => Buffer.from(pixelData(zip[n])).toString('hex')).sort();
      expect(after).toEqual(before);
      for (const n of names) {
        const text = allText(zip[n]);
        expect(text).not.toContain(DEFAULTS.patientName);
        expect(header(zip[n], 'x00080020')).toBe(DEFAULTS.studyDate);
        // Patient characteristics kept as they were.
        expect(header(zip[n], 'x00100040')).toBe(DEFAULTS.patientSex);
        expect(header(zip[n], 'x00101010')).toBe(DEFAULTS.patientAge);
      }
    });

    test('a file whose header reads but whose image is cut short is left out of the copy, and the page says so', async ({ page }) => {
      const [a, b] = series(2, { pixelBytes: pixels(4096) });
      // Cut inside Pixel Data: the header is whole, so the check lists it; cleaning reads the whole file and cannot.
      const cut = makeDicom({ pixelBytes: pixels(4096) }).slice(0, -1000);
      const { paths } = writeFiles({ 'a.dcm': a, 'b.dcm': b, 'cut.dcm': cut });
      await openChecker(page, locale);
      await page.getByLabel(m.filesLabel).setInputFiles(paths);
      await expect(page.getByText(w.fill(m.summary, { files: 3, studies: 2, skipped: 0 }))).toBeVisible();
      await page.getByRole('button', { name: m.cleanButton }).click();
      const notCleaned = (m.notCleaned as string).match(/one \{([^}]*)\}/)![1].replace('#', '1');
      await expect(page.getByText(notCleaned)).toBeVisible();
      const zip = unzipSync(await download(page, w.fill(m.download, { name: 'cleaned-scans.zip' })));
      expect(Object.keys(zip)).toHaveLength(2);
      for (const n of Object.keys(zip)) expect(allText(zip[n])).not.toContain(DEFAULTS.patientName);
    });

    test('bad files are listed with a reason while the good one is checked; markup stays text', async ({ page }) => {
      const good = makeDicom({ patientName: '<b>BOLD</b>^<img src=x onerror=alert(1)>', pixelBytes: pixels() });
      const full = makeDicom();
      const { paths } = writeFiles({
        'empty.dcm': new Uint8Array(0),
        'notes.txt': 'Just some text, not a scan.\n'.repeat(20),
        'photo.jpg': Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, ...new Array(200).fill(0)]),
        'picture.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(200).fill(0)]),
        'archive.zip': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(0)]),
        // Cut in the middle of the patient's name, so the file ends inside an element.
        'cut.dcm': truncated(full, Buffer.from(full).indexOf(DEFAULTS.patientName) + 3),
        'good.dcm': good,
      });
      const dialogs: string[] = [];
      page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
      await openChecker(page, locale);
      await page.getByLabel(m.filesLabel).setInputFiles(paths);
      await expect(page.getByText(w.fill(m.summary, { files: 1, studies: 1, skipped: 6 }))).toBeVisible();
      const skipped = page.getByRole('region', { name: m.skippedTitle }).getByRole('listitem');
      await expect(skipped).toHaveText(
        [
          ['empty.dcm', 'empty'],
          ['notes.txt', 'notDicom'],
          ['photo.jpg', 'image'],
          ['picture.png', 'image'],
          ['archive.zip', 'zip'],
          ['cut.dcm', 'corrupt'],
        ].map(([name, reason]) => w.skippedLine(name, reason)),
        { useInnerText: true },
      );
      await openGroup(page, locale, 'names');
      await page.getByRole('button', { name: w.fill(m.showNamed, { label: w.keyword('PatientName') }) }).click();
      await expect(page.getByText('<b>BOLD</b>^<img src=x onerror=alert(1)>', { exact: true })).toBeVisible();
      await expect(page.locator('main b:text("BOLD")')).toHaveCount(0);
      expect(dialogs).toEqual([]);
    });

    test('a CD folder with its DICOMDIR: checked, and left out of the cleaned copy', async ({ page }) => {
      const studyUid = fixtureUid();
      const seriesUid = fixtureUid();
      const uids = [fixtureUid(), fixtureUid()];
      const images = uids.map((sopInstanceUid) => makeDicom({ studyUid, seriesUid, sopInstanceUid, pixelBytes: pixels() }));
      const dicomdir = makeDicomdir(uids.map((sopInstanceUid, i) => ({ patientName: DEFAULTS.patientName, patientId: DEFAULTS.patientId, studyUid, seriesUid, sopInstanceUid, fileId: ['DICOM', `IMG000${i + 1}`] })));
      const { dir } = writeFiles({ 'TEST_ALEX_CD/DICOMDIR': dicomdir, 'TEST_ALEX_CD/DICOM/IMG0001': images[0], 'TEST_ALEX_CD/DICOM/IMG0002': images[1], 'TEST_ALEX_CD/README.TXT': 'Open the viewer.' });
      await openChecker(page, locale);
      await page.getByLabel(m.folderLabel).setInputFiles(`${dir}/TEST_ALEX_CD`);
      await expect(page.getByRole('heading', { level: 2, name: m.resultsTitle })).toBeFocused();
      await expect(page.getByText(w.fill(m.summary, { files: 3, studies: 1, skipped: 1 }))).toBeVisible();
      // The skipped file by its own name: its folder is named after the patient.
      await expect(page.getByRole('region', { name: m.skippedTitle }).getByRole('listitem')).toHaveText([w.skippedLine('README.TXT', 'notDicom')]);
      await expect(page.getByText(/TEST_ALEX/)).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 3, name: m.dicomdirTitle })).toBeVisible();
      await expect(page.getByRole('heading', { level: 3, name: w.fill(m.studyTitle, { n: 1 }) })).toBeVisible();
      await expect(page.getByRole('region', { name: m.cleanTitle }).getByText(stripTags(messages(locale).limits.dicomdir))).toBeVisible();
      await page.getByRole('button', { name: m.cleanButton }).click();
      const zip = unzipSync(await download(page, w.fill(m.download, { name: 'cleaned-scans.zip' })));
      const names = Object.keys(zip);
      expect(names).toHaveLength(2);
      for (const name of names) {
        expect(name).not.toMatch(/TEST_ALEX|DICOM\/|IMG/);
        expect(allText(zip[name])).not.toContain(DEFAULTS.patientName);
      }
    });

    test('"Check other files" forgets everything', async ({ page }) => {
      const { paths } = writeFiles({ 'scan.dcm': makeDicom({ pixelBytes: pixels() }) });
      await openChecker(page, locale);
      await page.getByLabel(m.filesLabel).setInputFiles(paths);
      await expect(page.getByRole('heading', { level: 2, name: m.resultsTitle })).toBeVisible();
      await page.getByRole('button', { name: m.clear }).click();
      await expect(page.getByRole('heading', { level: 2, name: m.resultsTitle })).toHaveCount(0);
      const status = page.getByRole('main').getByRole('status');
      await expect(status).toHaveText(m.cleared);
      await expect(status).toBeFocused();
      await expect(page.locator('[data-worker]')).toHaveAttribute('data-worker', 'ready');
    });

    test('a CD index (DICOMDIR) alone: checked, and no cleaned copy offered, with the reason', async ({ page }) => {
      const dicomdir = makeDicomdir([{ patientName: DEFAULTS.patientName, patientId: DEFAULTS.patientId, studyUid: fixtureUid(), seriesUid: fixtureUid(), sopInstanceUid: fixtureUid(), fileId: ['DICOM', 'IMG0001'] }]);
      const { dir } = writeFiles({ 'CD/DICOMDIR': dicomdir });
      await openChecker(page, locale);
      await page.getByLabel(m.folderLabel).setInputFiles(`${dir}/CD`);
      await expect(page.getByText(w.fill(m.summary, { files: 1, studies: 0, skipped: 0 }))).toBeVisible();
      await expect(page.getByRole('heading', { level: 3, name: m.dicomdirTitle })).toBeVisible();
      await expect(page.getByText(m.nothingToClean)).toBeVisible();
      await expect(page.getByRole('region', { name: m.cleanTitle })).toHaveCount(0);
      await expect(page.getByRole('button', { name: m.cleanButton })).toHaveCount(0);
    });
  });
}

/** Choose, check, reveal, clean and download: the whole flow, by mouse. */
async function fullFlow(page: Page, locale: Locale) {
  const w = words(locale);
  const { m } = w;
  const { paths } = writeFiles({ 'a.dcm': makeDicom({ pixelBytes: pixels() }), 'b.txt': 'not a scan' });
  await page.getByLabel(m.filesLabel).setInputFiles(paths);
  await expect(page.getByText(w.fill(m.summary, { files: 1, studies: 1, skipped: 1 }))).toBeVisible();
  await openGroup(page, locale, 'names');
  await page.getByRole('button', { name: w.fill(m.showNamed, { label: w.keyword('PatientName') }) }).click();
  await expect(page.getByText(DEFAULTS.patientName, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: m.cleanButton }).click();
  const cleaned = await download(page, w.fill(m.download, { name: 'cleaned.dcm' }));
  expect(allText(cleaned)).not.toContain(DEFAULTS.patientName);
}

/** Messages with the lang-marking tags the page renders as <span lang="en">, as plain text. */
function stripTags(s: string) {
  return s.replace(/<\/?en>/g, '');
}
function messages(locale: Locale) {
  return words(locale).m as unknown as Record<'limits' | 'dates' | 'options', Record<string, string>>;
}

/** Status texts the page showed while a check ran, recorded as they appear (ticks are too quick to poll). */
async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
    new MutationObserver(() => {
      const text = document.querySelector('main progress')?.parentElement?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

test.describe('a CD-sized set', () => {
  test('500 files: a progress bar and a running count, then results', async ({ page }, testInfo) => {
    const locale: Locale = testInfo.project.name === 'phone' ? 'es' : 'en';
    const { m, fill } = words(locale);
    const files = Object.fromEntries(series(500, { pixelBytes: pixels(2048) }).map((bytes, i) => [`IMG${String(i).padStart(4, '0')}`, bytes]));
    const { paths } = writeFiles(files);
    await openChecker(page, locale);
    const seen = await recordProgress(page);
    const t0 = Date.now();
    await page.getByLabel(m.filesLabel).setInputFiles(paths);
    await expect(page.getByText(fill(m.summary, { files: 500, studies: 1, skipped: 0 }))).toBeVisible({ timeout: 30_000 });
    console.log(`500 files checked in ${Date.now() - t0} ms (${testInfo.project.name})`);
    const counts = (await seen()).map((t) => t.match(/(\d+)\D+500/)?.[1]).filter(Boolean).map(Number);
    expect(counts[0]).toBe(0);
    expect(counts.length).toBeGreaterThan(1);
    await expect(page.getByRole('progressbar')).toHaveCount(0);
  });

  test('Cancel stops a check and forgets it; checking again works', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const locale: Locale = testInfo.project.name === 'phone' ? 'es' : 'en';
    const { m, fill } = words(locale);
    const paths = bigSet();
    await openChecker(page, locale);
    await page.getByLabel(m.filesLabel).setInputFiles(paths);
    // The input is disabled while checking: focus moves to the status line, not to the page's top.
    const status = page.getByRole('main').getByRole('status');
    await expect(status).toBeFocused();
    await expect(page.getByRole('progressbar', { name: m.progressLabel })).toBeVisible();
    await page.getByRole('button', { name: m.cancel }).click();
    await expect(status).toHaveText(m.cancelled);
    await expect(status).toBeFocused();
    await expect(page.getByRole('heading', { name: m.resultsTitle })).toHaveCount(0);
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await expect(page.locator('[data-worker]')).toHaveAttribute('data-worker', 'ready');
    await page.getByLabel(m.filesLabel).setInputFiles(paths.slice(0, 3));
    await expect(page.getByText(fill(m.summary, { files: 3, studies: 1, skipped: 0 }))).toBeVisible();
  });

  test('Cancel while cleaning keeps the results and says to choose the files again', async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const locale: Locale = testInfo.project.name === 'phone' ? 'es' : 'en';
    const { m, fill } = words(locale);
    const paths = bigSet();
    await openChecker(page, locale);
    await page.getByLabel(m.filesLabel).setInputFiles(paths);
    await expect(page.getByText(fill(m.summary, { files: paths.length, studies: 1, skipped: 0 }))).toBeVisible({ timeout: 90_000 });
    await page.getByRole('button', { name: m.cleanButton }).click();
    await expect(page.getByRole('progressbar', { name: m.cleanTitle })).toBeVisible();
    await page.getByRole('button', { name: m.cancel }).click();
    const status = page.getByRole('main').getByRole('status');
    await expect(status).toHaveText(m.cleanStopped);
    await expect(status).toBeFocused();
    // The results stay; no copy can be made from them (the worker that held the files is gone).
    await expect(page.getByRole('heading', { level: 2, name: m.resultsTitle })).toBeVisible();
    await expect(page.getByRole('button', { name: m.cleanButton })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /cleaned/ })).toHaveCount(0);
    // Choosing files again checks and cleans as usual.
    await page.getByLabel(m.filesLabel).setInputFiles(paths.slice(0, 2));
    await expect(page.getByText(fill(m.summary, { files: 2, studies: 1, skipped: 0 }))).toBeVisible();
    await page.getByRole('button', { name: m.cleanButton }).click();
    const zip = unzipSync(await download(page, fill(m.download, { name: 'cleaned-scans.zip' })));
    expect(Object.keys(zip)).toHaveLength(2);
  });
});

/**
 * 3,000 tiny files of one series, written once per test process: checking or cleaning them takes
 * seconds, so clicking Cancel while the work runs is never a race against a fast machine.
 */
let big: string[] | undefined;
function bigSet(): string[] {
  big ??= writeFiles(Object.fromEntries(series(3000, { pixelBytes: pixels(64) }).map((bytes, i) => [`IMG${String(i).padStart(4, '0')}`, bytes]))).paths;
  return big;
}

for (const locale of locales) {
  test.describe(`file checker, privacy and keyboard (${locale})`, () => {
    const w = words(locale);
    const { m } = w;

    test('once the checker has loaded, checking, cleaning and downloading make no request at all', async ({ page, context }) => {
      await openChecker(page, locale);
      await page.waitForLoadState('networkidle');
      const requests: string[] = [];
      // On the context, not the page: requests from workers and service workers count too.
      context.on('request', (r) => requests.push(r.url()));
      await fullFlow(page, locale);
      expect(requests).toEqual([]);
    });

    test('offline after the page has loaded, the whole flow still works', async ({ page, context }) => {
      await openChecker(page, locale);
      await context.setOffline(true);
      await fullFlow(page, locale);
      await context.setOffline(false);
    });

    test('keyboard only: choose files, reveal, set options, clean and download', async ({ page }) => {
      const { paths } = writeFiles({ 'scan.dcm': makeDicom({ pixelBytes: pixels() }) });
      await openChecker(page, locale);
      const tabTo = async (name: string | RegExp | Locator, role: 'button' | 'radio' | 'checkbox' | 'link' = 'button') => {
        const target = typeof name === 'object' && !(name instanceof RegExp) ? name : page.getByRole(role, { name, exact: true });
        for (let i = 0; i < 120 && !(await target.evaluate((el) => el === document.activeElement).catch(() => false)); i++) await page.keyboard.press('Tab');
        await expect(target).toBeFocused();
      };
      // The file input is reachable by Tab and opens the system's file dialog from the keyboard.
      const input = page.getByLabel(m.filesLabel);
      for (let i = 0; i < 120 && !(await input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(input).toBeFocused();
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
      expect(chooser.isMultiple()).toBe(true);
      await chooser.setFiles(paths);
      await expect(page.getByRole('heading', { level: 2, name: m.resultsTitle })).toBeFocused();

      // A group opens from its summary with Enter, like any native disclosure.
      const names = w.group(page, 'names');
      await tabTo(names);
      await page.keyboard.press('Enter');
      await expect(names.locator('..')).toHaveAttribute('open', '');
      await tabTo(w.fill(m.showNamed, { label: w.keyword('PatientName') }));
      await page.keyboard.press('Enter');
      await expect(page.getByText(DEFAULTS.patientName, { exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: w.fill(m.hideNamed, { label: w.keyword('PatientName') }) })).toBeFocused();

      // Into the dates group (its checked radio), then the arrow key picks "move every date".
      await tabTo(messages(locale).dates.remove, 'radio');
      await page.keyboard.press('ArrowDown');
      await expect(page.getByRole('radio', { name: messages(locale).dates.shift })).toBeChecked();
      await tabTo(messages(locale).options.keepPatientCharacteristics, 'checkbox');
      await page.keyboard.press('Space');
      await expect(page.getByRole('checkbox', { name: messages(locale).options.keepPatientCharacteristics })).toBeChecked();
      await tabTo(m.cleanButton);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: m.cleanedTitle })).toBeFocused();
      const link = w.fill(m.download, { name: 'cleaned.dcm' });
      await tabTo(link, 'link');
      const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      const cleaned = new Uint8Array(readFileSync((await file.path())!));
      const text = allText(cleaned);
      expect(text).not.toContain(DEFAULTS.patientName);
      // Dates were moved, not removed or kept: a study date is there, and it is another day.
      const shifted = header(cleaned, 'x00080020');
      expect(shifted).toMatch(/^\d{8}$/);
      expect(shifted).not.toBe(DEFAULTS.studyDate);
      expect(text).not.toContain(DEFAULTS.studyDate);
      // The file says its dates were changed (Longitudinal Temporal Information Modified).
      expect(header(cleaned, 'x00280303')).toBe('MODIFIED');
      // Patient characteristics were kept, as chosen.
      expect(header(cleaned, 'x00100040')).toBe(DEFAULTS.patientSex);
      expect(header(cleaned, 'x00101010')).toBe(DEFAULTS.patientAge);
    });
  });
}

test.describe('file checker, edge cases of the page itself', () => {
  test('at 320 px, long file names and header values wrap instead of scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const long = 'A'.repeat(120);
    const { paths } = writeFiles({ [`${'very-long-folder-name-'.repeat(4)}.txt`]: 'x', 'scan.dcm': makeDicom({ patientName: `${long}^${long}`, comments: 'x'.repeat(300), pixelBytes: pixels() }) });
    const { m, fill, keyword } = words('en');
    await openChecker(page, 'en');
    await page.getByLabel(m.filesLabel).setInputFiles(paths);
    await openGroup(page, 'en', 'names');
    await openGroup(page, 'en', 'freeText');
    await page.getByRole('button', { name: fill(m.showNamed, { label: keyword('PatientName') }) }).click();
    await page.getByRole('button', { name: fill(m.showNamed, { label: keyword('PatientComments') }) }).click();
    await expectNoHorizontalScroll(page);
  });

  test('a browser that cannot run the worker is told so, with nothing sent', async ({ page }) => {
    await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
    const { m } = words('en');
    await page.goto('/en/check-my-file/');
    await expect(page.getByText(m.workerFailed)).toBeVisible();
    await expect(page.getByLabel(m.filesLabel)).toBeDisabled();
  });
});

test.describe('file checker without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of locales) {
    test(`says the checker needs JavaScript and still explains itself (${locale})`, async ({ page }) => {
      const { m } = words(locale);
      await page.goto(`/${locale}/check-my-file/`);
      await expect(page.getByText(m.noScript)).toBeVisible();
      await expect(page.getByRole('link', { name: m.noScriptLink })).toBeVisible();
      await expect(page.getByLabel(m.filesLabel)).toBeHidden();
      await expect(page.getByRole('heading', { name: m.lookForTitle })).toBeVisible();
      await expect(page.getByRole('heading', { name: m.limitsTitle })).toBeVisible();
      await expect(page.getByRole('link', { name: /PS3\.15, Annex E/ })).toBeVisible();
    });
  }
});

test('with the offline copy saved, the checker opens and works with no connection at all', async ({ page, context }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'saving a whole language is slow; once is enough');
  test.setTimeout(120_000);
  await page.goto('/en/about/');
  await page.getByRole('button', { name: 'Save this site for offline use' }).click();
  await page.getByRole('button', { name: 'Start saving' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved. This site now works without a connection in English.' })).toBeVisible({ timeout: 60_000 });
  await context.setOffline(true);
  await openChecker(page, 'en');
  await fullFlow(page, 'en');
});

test('files dropped anywhere on the checker are checked like chosen ones, and the browser does not open them', async ({ page }) => {
  const { m, fill } = words('en');
  await openChecker(page, 'en');
  const bytes = Array.from(makeDicom({ pixelBytes: pixels() }));
  const prevented = await page.evaluate(
    ({ bytes, title }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'dropped.dcm'));
      data.items.add(new File(['hello'], 'note.txt'));
      // Just outside the dashed area: on the tool's heading.
      const target = [...document.querySelectorAll('main h2')].find((h) => h.textContent === title)!;
      const over = new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true });
      const drop = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
      target.dispatchEvent(over);
      target.dispatchEvent(drop);
      return [over.defaultPrevented, drop.defaultPrevented];
    },
    { bytes, title: m.chooseTitle },
  );
  expect(prevented).toEqual([true, true]);
  await expect(page.getByText(fill(m.summary, { files: 1, studies: 1, skipped: 1 }))).toBeVisible();
  await expect(page.getByText(words('en').skippedLine('note.txt', 'notDicom'))).toBeVisible();
});

/**
 * Pure helpers for the offline copy's controls (components/offline/OfflineSave.tsx).
 * The browser-facing steps live in serviceWorkers.ts.
 */

/** "5.5 MB": decimal megabytes, as phones show storage, in the number style of `numberLocale` (from the messages). */
export function formatSize(bytes: number, locale: string): string {
  const megabytes = bytes / 1_000_000;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: megabytes < 10 ? 1 : 0,
  }).format(Math.max(megabytes, 0.1));
}

/**
 * Progress of a precache from the number of entries in its cache. A cache can briefly hold
 * more than the manifest during an update, and is empty before the worker starts: clamp both.
 */
export function progressOf(entries: number, total: number): { done: number; total: number; finished: boolean } {
  const done = Math.min(Math.max(entries, 0), total);
  return { done, total, finished: total > 0 && done === total };
}

/** Locales with an active service worker, from registrations' scopes (`https://host/en/`). */
export function savedLocales(scopes: readonly string[], origin: string, locales: readonly string[]): string[] {
  const set = new Set(scopes);
  return locales.filter((l) => set.has(`${origin}/${l}/`));
}

/** The precache cache a locale's worker fills: Workbox names it `{cacheId}-precache-v2-{scope}`. */
export function isPrecacheOf(cacheName: string, locale: string): boolean {
  return cacheName.startsWith(`bys-${locale}-precache`);
}

/** A template with one {placeholder} cut around it, so the value can be wrapped (for `lang`). */
export function splitAround(template: string, key: string): [string, string] {
  const i = template.indexOf(`{${key}}`);
  return i < 0 ? [template, ''] : [template.slice(0, i), template.slice(i + key.length + 2)];
}

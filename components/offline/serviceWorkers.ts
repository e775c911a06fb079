import { isPrecacheOf, progressOf } from './offlineState';

/** What went wrong, named after the message the reader sees. */
export type OfflineProblem = 'unsupported' | 'blocked' | 'quota' | 'failed' | 'sizeFailed';
export class OfflineError extends Error {
  constructor(readonly problem: OfflineProblem) {
    super(problem);
  }
}

export type OfflineSize = { files: number; bytes: number; build: string };

export const canSaveOffline = () => typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof caches !== 'undefined';

/** The size written at build time by scripts/offline.mjs. */
export async function fetchSize(locale: string): Promise<OfflineSize> {
  try {
    const res = await fetch(`/${locale}/offline.json`, { cache: 'no-cache' });
    if (!res.ok) throw new Error(String(res.status));
    return (await res.json()) as OfflineSize;
  } catch {
    throw new OfflineError('sizeFailed');
  }
}

/** Scopes of this origin's active workers; reading them registers nothing. */
export async function activeScopes(): Promise<string[]> {
  if (!canSaveOffline()) return [];
  const regs = await navigator.serviceWorker.getRegistrations();
  return regs.filter((r) => r.active).map((r) => r.scope);
}

/**
 * Resolves when the registration has a working worker. One that is already active is enough: a
 * newer version waiting behind it (after a new build, while another tab still uses the old one)
 * is an update for the reader to accept, and waiting for it here could last forever.
 */
function untilActive(reg: ServiceWorkerRegistration): Promise<void> {
  if (reg.active) return Promise.resolve();
  const worker = reg.installing ?? reg.waiting;
  if (!worker) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (worker.state === 'activated') resolve();
      // A failed precache (a file that did not download, a full disk) discards the worker.
      else if (worker.state === 'redundant') reject(new OfflineError('failed'));
    };
    worker.addEventListener('statechange', check);
    check();
  });
}

async function precacheEntries(locale: string): Promise<number> {
  const names = (await caches.keys()).filter((n) => isPrecacheOf(n, locale));
  let n = 0;
  for (const name of names) n += (await (await caches.open(name)).keys()).length;
  return n;
}

async function forget(locale: string, keepRoot: boolean) {
  for (const reg of await navigator.serviceWorker.getRegistrations()) {
    const path = new URL(reg.scope).pathname;
    if (path === `/${locale}/` || (!keepRoot && path === '/')) await reg.unregister();
  }
  // Workbox names caches `${cacheId}-precache-…` and `${cacheId}-runtime-…` (cacheId bys-{locale}):
  // matched in full so forgetting "es" never touches a future "es-MX".
  const mine = (name: string, id: string) => name.startsWith(`${id}-precache`) || name.startsWith(`${id}-runtime`);
  for (const name of await caches.keys()) if (mine(name, `bys-${locale}`) || (!keepRoot && mine(name, 'bys-root'))) await caches.delete(name);
}

/**
 * Registers a language's worker (and the root one, for the other languages' offline pages),
 * reports progress while Workbox precaches, and undoes everything if anything fails, so no
 * half-saved copy is left behind.
 */
export async function saveLocale(locale: string, size: OfflineSize, alreadySaved: readonly string[], onProgress: (done: number) => void) {
  if (!canSaveOffline()) throw new OfflineError('unsupported');
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  if (estimate?.quota !== undefined && estimate.usage !== undefined && estimate.quota - estimate.usage < size.bytes) throw new OfflineError('quota');
  const keepRoot = alreadySaved.length > 0;
  const timer = setInterval(() => {
    precacheEntries(locale).then((n) => onProgress(progressOf(n, size.files).done), () => undefined);
  }, 250);
  try {
    let regs: ServiceWorkerRegistration[];
    try {
      regs = [await navigator.serviceWorker.register('/sw.js', { scope: '/' }), await navigator.serviceWorker.register(`/${locale}/sw.js`, { scope: `/${locale}/` })];
    } catch (e) {
      throw new OfflineError(e instanceof DOMException && e.name === 'QuotaExceededError' ? 'quota' : 'blocked');
    }
    await Promise.all(regs.map(untilActive));
    onProgress(size.files);
  } catch (e) {
    await forget(locale, keepRoot).catch(() => undefined);
    throw e instanceof OfflineError ? e : new OfflineError('failed');
  } finally {
    clearInterval(timer);
  }
}

/** Every worker and every cache of this origin: the site keeps nothing else. */
export async function removeAll() {
  if (!canSaveOffline()) return;
  for (const reg of await navigator.serviceWorker.getRegistrations()) await reg.unregister();
  for (const name of await caches.keys()) await caches.delete(name);
}

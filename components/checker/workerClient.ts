/**
 * The page's only handle on the checker's worker. The worker (and with it dicom-parser and
 * fflate) is created at idle after the page has loaded, never in the first-load JS, and before
 * the user picks files, so checking works even if the network has gone by then.
 * Cancel terminates the worker; the next start creates a fresh one.
 */
import type { CleanOptions, FromWorker, ToWorker } from './types';

export type Listener = (message: FromWorker) => void;

let worker: Worker | null = null;
let ready = false;
const listeners = new Set<Listener>();

function create(): Worker {
  ready = false;
  const w = new Worker(new URL('./checker.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<FromWorker>) => {
    if (event.data.type === 'ready') ready = true;
    for (const listener of listeners) listener(event.data);
  };
  // A worker that fails to load or throws outside a task: report it as a failed check.
  w.onerror = () => {
    for (const listener of listeners) listener({ type: 'failed', phase: 'check' });
  };
  return w;
}

const ensure = () => (worker ??= create());

/** Receive every message from the worker; returns the unsubscribe function. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Create the worker once the page is idle, so its code is loaded before it is needed. */
export function warmUp(): void {
  if (typeof window === 'undefined' || worker) return;
  const go = () => ensure();
  if ('requestIdleCallback' in window) window.requestIdleCallback(go, { timeout: 3000 });
  else setTimeout(go, 1000);
}

export const isReady = () => ready;

function send(message: ToWorker) {
  ensure().postMessage(message);
}

export function startCheck(files: { file: File; path: string }[]): void {
  send({ type: 'check', files });
}

/** Clean the files of the last check (the worker keeps them; cancel forgets them). */
export function startClean(options: CleanOptions): void {
  send({ type: 'clean', options });
}

/** Stop whatever the worker is doing. The next check starts a fresh worker (the code is cached). */
export function cancel(): void {
  worker?.terminate();
  worker = null;
  ready = false;
}

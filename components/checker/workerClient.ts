/**
 * The page's only handle on the checker's worker. The worker (and with it dicom-parser and
 * fflate) is created at idle after the page has loaded, never in the first-load JS, and before
 * the user picks files, so checking works even if the network has gone by then.
 *
 * Cancel terminates the worker. The next one must not need the network either (the server
 * sends `no-cache`, so a new Worker revalidates its script, and fails offline without the
 * saved copy). So warm-up loads two: the one in use and a spare that takes over on cancel;
 * a new spare is then loaded in the background, and if that fails a worker is made on demand.
 * 'ready' reaches listeners once both are loaded: from then on nothing is fetched until a cancel.
 */
import type { CleanOptions, FromWorker, ToWorker } from './types';

export type Listener = (message: FromWorker) => void;

let worker: Worker | null = null;
let spare: Worker | null = null;
const loaded = new WeakSet<Worker>();
let announced = false;
const listeners = new Set<Listener>();
const emit = (message: FromWorker) => listeners.forEach((listener) => listener(message));

function announceIfReady() {
  if (announced || !worker || !loaded.has(worker) || (spare && !loaded.has(spare))) return;
  announced = true;
  emit({ type: 'ready' });
}

/** The request the worker in use is working on, so a crash reports the phase that was running. */
let running: 'check' | 'clean' | null = null;

function spawn(): Worker {
  const w = new Worker(new URL('./checker.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<FromWorker>) => {
    if (event.data.type === 'ready') {
      loaded.add(w);
      return announceIfReady();
    }
    if (w !== worker) return;
    if (event.data.type === 'checked' || event.data.type === 'cleaned' || event.data.type === 'failed') running = null;
    emit(event.data);
  };
  w.onerror = () => failed(w);
  return w;
}

/**
 * A worker that failed to load, or threw outside a task, is dead: nothing it was sent will ever
 * be answered. A dead spare is dropped. A dead worker in use hands over to the spare (which
 * knows no files yet) or, without one, is forgotten so that the next request makes a new one;
 * the request it was working on ends in "failed" for its phase. With no request running and
 * nothing left to hand over to, "failed" still goes out before "ready": the page then says the
 * checker could not start.
 */
function failed(w: Worker) {
  w.onmessage = w.onerror = null;
  w.terminate();
  if (w === spare) {
    spare = null;
    return announceIfReady();
  }
  if (w !== worker) return;
  const phase = running;
  running = null;
  worker = spare;
  spare = null;
  if (phase) emit({ type: 'failed', phase });
  else if (!worker && !announced) emit({ type: 'failed', phase: 'check' });
  else announceIfReady();
}

function ensure(): Worker {
  if (!worker) worker = spawn();
  return worker;
}

/** Receive every message from the worker in use; returns the unsubscribe function. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Load the workers once the page is idle, so their code is in memory before it is needed. */
export function warmUp(): void {
  if (typeof window === 'undefined' || worker) return;
  const go = () => {
    ensure();
    spare ??= spawn();
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(go, { timeout: 3000 });
  else setTimeout(go, 1000);
}

/** True once the warm-up's workers have loaded (the page may show this, tests wait for it). */
export const isReady = () => announced;

function send(message: ToWorker) {
  const w = ensure();
  running = message.type;
  w.postMessage(message);
}

export function startCheck(files: { file: File; path: string }[]): void {
  send({ type: 'check', files });
}

/** Clean the files of the last check. The worker keeps them, so after a cancel, check again first. */
export function startClean(options: CleanOptions): void {
  send({ type: 'clean', options });
}

/** Stop whatever the worker is doing, at once. The spare takes over; it knows no files yet. */
export function cancel(): void {
  worker?.terminate();
  running = null;
  worker = spare;
  spare = worker ? spawn() : null;
}

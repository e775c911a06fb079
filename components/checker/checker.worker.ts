/// <reference lib="webworker" />
/**
 * The file checker's worker: reads the chosen files, reports what their headers hold, and on
 * request writes the cleaned copy. Nothing here touches the network; the page creates this
 * worker at idle after load, so every library is in memory before files are chosen.
 * Protocol: types.ts. Cancel is the page terminating this worker.
 */
import { checkBatch, cleanBatch, type Checked, type Source } from './batch';
import type { CleanOptions, FromWorker, ToWorker } from './types';

declare const self: DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => self.postMessage(message);

/** The last check's files, kept for cleaning (a File is only a handle; nothing is copied). */
let checked: Checked[] = [];
/** Each request's number: a new check or clean makes an older one stop and stay silent. */
let latest = 0;

const sourceOf = ({ file, path }: { file: File; path: string }): Source => ({
  path,
  size: file.size,
  read: async (end) => new Uint8Array(await file.slice(0, end).arrayBuffer()),
});

async function check(files: { file: File; path: string }[]) {
  const id = ++latest;
  const current = () => id === latest;
  checked = [];
  const result = await checkBatch(
    files.map(sourceOf),
    {
      skipped: (path, reason) => current() && post({ type: 'skipped', path, reason }),
      progress: (done, total) => current() && post({ type: 'progress', phase: 'check', done, total }),
    },
    current,
  );
  if (!result) return;
  checked = result.checked;
  post({ type: 'checked', studies: result.studies, dicomFiles: checked.length, skipped: result.skipped });
}

async function clean(options: CleanOptions) {
  const id = ++latest;
  const current = () => id === latest;
  const progress = (done: number, total: number) => current() && post({ type: 'progress', phase: 'clean', done, total });
  const result = await cleanBatch(checked, options, progress, undefined, current);
  if (!current()) return;
  post(result ? { type: 'cleaned', ...result } : { type: 'failed', phase: 'clean' });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  const run = message.type === 'check' ? check(message.files) : clean(message.options);
  run.catch(() => post({ type: 'failed', phase: message.type }));
};

post({ type: 'ready' });

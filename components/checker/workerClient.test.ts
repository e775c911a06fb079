/**
 * Regression: a worker that failed to load or crashed stayed in use, and a check or clean posted
 * to it was never answered (or was reported as a failed check while cleaning).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CleanOptions, FromWorker } from './types';

class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  // What the real worker does: load, answer, or die.
  ready() {
    this.onmessage?.({ data: { type: 'ready' } });
  }
  say(data: FromWorker) {
    this.onmessage?.({ data });
  }
  die() {
    this.onerror?.(new Event('error'));
  }
}

const OPTIONS: CleanOptions = { dates: 'remove', keepPatientCharacteristics: false, keepDeviceIdentity: false, keepInstitutionIdentity: false, keepDescriptions: false };

async function load(withWindow = false) {
  vi.resetModules();
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
  if (withWindow) vi.stubGlobal('window', { requestIdleCallback: (go: () => void) => go() });
  const client = await import('./workerClient');
  const heard: FromWorker[] = [];
  client.subscribe((m) => heard.push(m));
  return { client, heard };
}

describe('workerClient when a worker dies', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('a clean sent to a worker that fails to load ends in failed, phase clean', async () => {
    const { client, heard } = await load();
    client.startClean(OPTIONS);
    FakeWorker.all[0].die();
    expect(heard).toEqual([{ type: 'failed', phase: 'clean' }]);
  });

  it('a check on a crashed worker ends in failed, phase check; the next request gets a new worker', async () => {
    const { client, heard } = await load();
    client.startCheck([]);
    const first = FakeWorker.all[0];
    first.ready();
    first.die();
    expect(heard.at(-1)).toEqual({ type: 'failed', phase: 'check' });
    expect(first.terminated).toBe(true);
    client.startClean(OPTIONS);
    expect(FakeWorker.all).toHaveLength(2);
    expect(FakeWorker.all[1].posted).toEqual([{ type: 'clean', options: OPTIONS }]);
    FakeWorker.all[1].die();
    expect(heard.at(-1)).toEqual({ type: 'failed', phase: 'clean' });
  });

  it('the spare takes over from a dead worker in use, with no new load', async () => {
    const { client, heard } = await load(true);
    client.warmUp();
    const [inUse, spare] = FakeWorker.all;
    inUse.ready();
    spare.ready();
    expect(heard).toEqual([{ type: 'ready' }]);
    client.startCheck([]);
    inUse.die();
    expect(heard.at(-1)).toEqual({ type: 'failed', phase: 'check' });
    client.startCheck([]);
    expect(FakeWorker.all).toHaveLength(2);
    expect(spare.posted).toHaveLength(1);
    spare.say({ type: 'checked', studies: [], dicomFiles: 0, skipped: 0 });
    expect(heard.at(-1)).toMatchObject({ type: 'checked' });
    // Finished work is not reported again as failed when the worker later dies.
    spare.die();
    expect(heard.at(-1)).toMatchObject({ type: 'checked' });
  });

  it('when both warm-up workers fail to load, the page hears failed (it then says the checker could not start)', async () => {
    const { client, heard } = await load(true);
    client.warmUp();
    const [inUse, spare] = FakeWorker.all;
    spare.die();
    expect(heard).toEqual([]);
    inUse.die();
    expect(heard).toEqual([{ type: 'failed', phase: 'check' }]);
    expect(client.isReady()).toBe(false);
  });

  it('a dead worker in use with a loaded spare hands over silently, and ready still comes', async () => {
    const { client, heard } = await load(true);
    client.warmUp();
    const [inUse, spare] = FakeWorker.all;
    spare.ready();
    inUse.die();
    expect(heard).toEqual([{ type: 'ready' }]);
    expect(client.isReady()).toBe(true);
  });
});

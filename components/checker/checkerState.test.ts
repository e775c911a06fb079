import { describe, expect, it } from 'vitest';
import { canClean, checkerReducer, initialState, isBusy, type CheckerAction, type CheckerState } from './checkerState';
import type { Study } from './types';

const study: Study = { key: 's1', modalities: ['MR'], files: 2, findings: [{ tag: '(0010,0010)', keyword: 'PatientName', category: 'names', value: 'TEST^ALEX' }], privateCount: 1, flags: ['headScan'] };
const run = (actions: CheckerAction[], from: CheckerState = initialState) => actions.reduce(checkerReducer, from);

describe('checkerReducer', () => {
  it('goes from choosing files to results, keeping skipped lines and progress', () => {
    const s = run([
      { type: 'start', total: 3 },
      { type: 'progress', phase: 'check', done: 1, total: 3 },
      { type: 'skipped', path: 'notes.txt', reason: 'notDicom' },
    ]);
    expect(s).toMatchObject({ phase: 'checking', done: 1, total: 3, skipped: [{ path: 'notes.txt', reason: 'notDicom' }] });
    expect(isBusy(s.phase)).toBe(true);
    const done = checkerReducer(s, { type: 'checked', studies: [study], dicomFiles: 2, skipped: 1 });
    expect(done).toMatchObject({ phase: 'checked', done: 3, studies: [study], dicomFiles: 2 });
    expect(isBusy(done.phase)).toBe(false);
  });

  it('cleans after a check, counting the scan files, and keeps the result', () => {
    const blob = new Blob(['x']);
    const checked = run([{ type: 'start', total: 3 }, { type: 'checked', studies: [study], dicomFiles: 2, skipped: 1 }]);
    const cleaning = checkerReducer(checked, { type: 'cleanStart' });
    expect(cleaning).toMatchObject({ phase: 'cleaning', done: 0, total: 2, studies: [study] });
    const cleaned = run([{ type: 'progress', phase: 'clean', done: 1, total: 2 }, { type: 'cleaned', blob, fileName: 'cleaned-scans.zip', files: 2, notCleaned: 1 }], cleaning);
    expect(cleaned).toMatchObject({ phase: 'cleaned', cleaned: { blob, fileName: 'cleaned-scans.zip', files: 2, notCleaned: 1 }, studies: [study] });
    // A second copy (other options) replaces the first.
    expect(checkerReducer(cleaned, { type: 'cleanStart' }).cleaned).toBeUndefined();
  });

  it('forgets everything on cancel and on clear', () => {
    const busy = run([{ type: 'start', total: 500 }, { type: 'skipped', path: 'a', reason: 'empty' }, { type: 'progress', phase: 'check', done: 120, total: 500 }]);
    expect(checkerReducer(busy, { type: 'cancel' })).toEqual({ ...initialState, phase: 'cancelled' });
    expect(checkerReducer(busy, { type: 'clear' })).toEqual({ ...initialState, phase: 'cleared' });
  });

  it('keeps the results when cleaning is cancelled, but offers no clean until files are chosen again', () => {
    const cleaning = run([{ type: 'start', total: 2 }, { type: 'checked', studies: [study], dicomFiles: 2, skipped: 0 }, { type: 'cleanStart' }, { type: 'progress', phase: 'clean', done: 1, total: 2 }]);
    const stopped = checkerReducer(cleaning, { type: 'cancel' });
    expect(stopped).toMatchObject({ phase: 'cleanStopped', studies: [study], dicomFiles: 2 });
    expect(canClean(stopped.phase)).toBe(false);
    expect(checkerReducer(stopped, { type: 'cleanStart' })).toEqual(stopped);
    expect(checkerReducer(stopped, { type: 'cleaned', blob: new Blob(['x']), fileName: 'cleaned.dcm', files: 1, notCleaned: 0 })).toEqual(stopped);
    expect(checkerReducer(stopped, { type: 'start', total: 1 }).phase).toBe('checking');
  });

  it('ignores messages that belong to another phase', () => {
    const cancelled = checkerReducer(run([{ type: 'start', total: 2 }]), { type: 'cancel' });
    expect(run([{ type: 'progress', phase: 'check', done: 2, total: 2 }, { type: 'checked', studies: [study], dicomFiles: 2, skipped: 0 }, { type: 'skipped', path: 'a', reason: 'zip' }], cancelled)).toEqual(cancelled);
    expect(checkerReducer(initialState, { type: 'cleanStart' })).toEqual(initialState);
  });

  it('reports a failed check or clean', () => {
    expect(run([{ type: 'start', total: 2 }, { type: 'failed', phase: 'check' }]).phase).toBe('checkFailed');
    const failed = run([{ type: 'start', total: 2 }, { type: 'checked', studies: [study], dicomFiles: 2, skipped: 0 }, { type: 'cleanStart' }, { type: 'failed', phase: 'clean' }]);
    expect(failed).toMatchObject({ phase: 'cleanFailed', studies: [study] });
    expect(checkerReducer(failed, { type: 'cleanStart' }).phase).toBe('cleaning');
  });
});

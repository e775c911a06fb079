import type { FromWorker, SkipReason, Study } from './types';

/**
 * What the checker's page shows, as a pure reducer over the worker's messages and the user's
 * actions, so every transition is unit-tested without a worker or a DOM.
 */
export type Phase = 'idle' | 'checking' | 'checked' | 'cancelled' | 'checkFailed' | 'cleaning' | 'cleaned' | 'cleanFailed' | 'cleanStopped' | 'cleared';

export type CheckerState = {
  phase: Phase;
  done: number;
  total: number;
  skipped: { path: string; reason: SkipReason }[];
  studies: Study[];
  dicomFiles: number;
  cleaned?: { blob: Blob; fileName: string; files: number; notCleaned: number };
};

export type CheckerAction =
  | Exclude<FromWorker, { type: 'ready' }>
  | { type: 'start'; total: number }
  | { type: 'cleanStart' }
  | { type: 'cancel' }
  | { type: 'clear' };

export const initialState: CheckerState = { phase: 'idle', done: 0, total: 0, skipped: [], studies: [], dicomFiles: 0 };

/** True when a check's results may be cleaned: the worker still holds the files. */
export const canClean = (phase: Phase) => phase === 'checked' || phase === 'cleaning' || phase === 'cleaned' || phase === 'cleanFailed';

/** True while the worker is busy: the file inputs wait and Cancel is offered. */
export const isBusy = (phase: Phase) => phase === 'checking' || phase === 'cleaning';

export function checkerReducer(state: CheckerState, action: CheckerAction): CheckerState {
  switch (action.type) {
    case 'start':
      return { ...initialState, phase: 'checking', total: action.total };
    case 'progress':
      // A late message from a phase that is over (the worker may post one last tick) changes nothing.
      if ((action.phase === 'check' && state.phase !== 'checking') || (action.phase === 'clean' && state.phase !== 'cleaning')) return state;
      return { ...state, done: action.done, total: action.total };
    case 'skipped':
      return state.phase === 'checking' ? { ...state, skipped: [...state.skipped, { path: action.path, reason: action.reason }] } : state;
    case 'checked':
      if (state.phase !== 'checking') return state;
      return { ...state, phase: 'checked', done: state.total, studies: action.studies, dicomFiles: action.dicomFiles };
    case 'cleanStart':
      return state.phase === 'checked' || state.phase === 'cleaned' || state.phase === 'cleanFailed'
        ? { ...state, phase: 'cleaning', done: 0, total: state.dicomFiles, cleaned: undefined }
        : state;
    case 'cleaned':
      return state.phase === 'cleaning' ? { ...state, phase: 'cleaned', done: state.total, cleaned: { blob: action.blob, fileName: action.fileName, files: action.files, notCleaned: action.notCleaned } } : state;
    case 'failed':
      if (action.phase === 'check' && state.phase === 'checking') return { ...initialState, phase: 'checkFailed' };
      if (action.phase === 'clean' && state.phase === 'cleaning') return { ...state, phase: 'cleanFailed' };
      return state;
    case 'cancel':
      // The worker is ended, and the files it held with it. A stopped clean keeps the results on
      // screen (the reader has seen them already), but no copy can be made until files are chosen again.
      if (state.phase === 'cleaning') return { ...state, phase: 'cleanStopped', done: 0, cleaned: undefined };
      return { ...initialState, phase: 'cancelled' };
    case 'clear':
      return { ...initialState, phase: 'cleared' };
  }
}

import { useCallback, useEffect, useState } from 'react';
import type { CheckerAction } from './checkerState';
import type { CleanOptions } from './types';
import { cancel, isReady, startCheck, startClean, subscribe, warmUp } from './workerClient';

export type WorkerStatus = 'warming' | 'ready' | 'failed';

/**
 * The checker's worker, seen from the page. It is created once the page has loaded, at idle
 * (workerClient.warmUp), so its code is in memory before any file is chosen: from then on
 * checking, cleaning and downloading need no network. Files chosen earlier simply wait for it.
 */
export function useCheckerWorker(dispatch: (action: CheckerAction) => void) {
  const [status, setStatus] = useState<WorkerStatus>('warming');

  useEffect(() => {
    // Old browsers without workers: say so instead of offering inputs that do nothing.
    if (typeof Worker === 'undefined') return setStatus('failed');
    const off = subscribe((message) => {
      if (message.type === 'ready') return setStatus('ready');
      // An error before "ready" means the worker itself could not load (a blocked or missing script).
      if (message.type === 'failed' && !isReady()) setStatus('failed');
      dispatch(message);
    });
    if (isReady()) setStatus('ready');
    const warm = () => warmUp();
    if (document.readyState === 'complete') warm();
    else window.addEventListener('load', warm, { once: true });
    return () => {
      off();
      window.removeEventListener('load', warm);
    };
  }, [dispatch]);

  // Leaving the page ends the worker too: it lives in a module, and would otherwise go on
  // reading the chosen files (or keep holding them) after the checker is gone.
  useEffect(() => () => cancel(), []);

  /**
   * Ends the worker and what it holds (the chosen files). The client swaps in the spare it loaded
   * at warm-up, so the checker stays ready, with no network, and there is no second "ready".
   */
  const reset = useCallback(() => cancel(), []);

  const send = useCallback((request: { type: 'check'; files: { file: File; path: string }[] } | { type: 'clean'; options: CleanOptions }) => {
    if (request.type === 'check') startCheck(request.files);
    else startClean(request.options);
  }, []);

  return { status, send, reset };
}

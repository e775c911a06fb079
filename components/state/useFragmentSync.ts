'use client';

import { useEffect, useRef, useState } from 'react';
import { isPlainAnchor, replaceFragment } from './fragment';

/**
 * Keeps a tool's state and the URL fragment in step, the same way in every tool: the fragment
 * is read once on load, again when it changes under us (a pasted link, back/forward, a page
 * restored from the bfcache), and `fragment` is written back whenever it changes. Returns false
 * until the first read, so the server-rendered fallback shows until then.
 */
export function useFragmentSync(onRestore: (hash: string) => void, fragment: string): boolean {
  const [ready, setReady] = useState(false);
  const lastWritten = useRef<string | null>(null);
  const restoreRef = useRef(onRestore);
  restoreRef.current = onRestore;

  useEffect(() => {
    // Our own replaceState does not fire hashchange, but this check also skips a stale echo.
    // A plain anchor (#topic-ai) is a place on the page, not state: the tool starts as if the
    // fragment were empty (a kept list, if any, is used).
    const restore = () => {
      const hash = window.location.hash;
      if (hash !== lastWritten.current) restoreRef.current(isPlainAnchor(hash) ? '' : hash);
    };
    restore();
    setReady(true);
    const onPageShow = (e: PageTransitionEvent) => e.persisted && restore();
    window.addEventListener('hashchange', restore);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('hashchange', restore);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, []);

  useEffect(() => {
    if (!ready) return;
    lastWritten.current = fragment;
    replaceFragment(fragment);
  }, [fragment, ready]);

  return ready;
}

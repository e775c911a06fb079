'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { isPlainAnchor, replaceFragment } from '@/components/state/fragment';
import { readStored, removeStored, writeStored } from '@/components/state/storage';
import { decodeChecklistState, encodeChecklistState, storageKey } from './state';

export type ChecklistItemView = { id: string; label: string; why?: string; link?: { href: string; text: string } };
export type ChecklistLabels = {
  legend: string;
  /** progress[n] is the sentence for n items done, formatted on the server. */
  progress: string[];
  remember: string;
  clear: string;
  cleared: string;
  ignored: string;
  storageBlocked: string;
};

/**
 * The checklist's ticks. The server renders every item as a plain checkbox, so without
 * JavaScript it is a printable list with empty boxes. With JavaScript, ticks go into the
 * URL fragment (never sent to a server) and, only if the user turns on "remember",
 * into localStorage.
 */
export function ChecklistForm({ slug, items, labels }: { slug: string; items: ChecklistItemView[]; labels: ChecklistLabels }) {
  const ids = items.map((i) => i.id);
  const [done, setDone] = useState<string[]>([]);
  const [remember, setRemember] = useState(false);
  const [notice, setNotice] = useState<string>('');
  const [storageOk, setStorageOk] = useState(true);
  // The remember and clear controls need JavaScript; without it they stay hidden.
  const [ready, setReady] = useState(false);
  const key = storageKey(slug);
  const idsRef = useRef(ids);

  // Read state from the fragment first (a shared or bookmarked link wins), else from storage.
  const restore = useCallback(() => {
    // A plain anchor (#paid-in-full, from a search result) points at an item: it is not state,
    // so kept ticks are used and the anchor stays in the address.
    const anchor = isPlainAnchor(window.location.hash);
    const fromHash = window.location.hash.length > 1 && !anchor;
    const stored = readStored(key);
    setStorageOk(stored.available);
    const source = fromHash ? window.location.hash : (stored.value ?? '');
    const { done: restored, ignored } = decodeChecklistState(source, idsRef.current);
    setDone(restored);
    setRemember(stored.value !== null);
    setNotice(ignored ? labels.ignored : '');
    if (!fromHash && !anchor) replaceFragment(encodeChecklistState(restored, idsRef.current));
  }, [key, labels.ignored]);

  useEffect(() => {
    restore();
    setReady(true);
    // Back/forward can show this page from the bfcache without re-running effects.
    const onPageShow = (e: PageTransitionEvent) => e.persisted && restore();
    const onHashChange = () => restore();
    window.addEventListener('pageshow', onPageShow);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('pageshow', onPageShow);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [restore]);

  function persist(next: string[], keep: boolean) {
    const fragment = encodeChecklistState(next, ids);
    replaceFragment(fragment);
    if (keep) {
      const ok = writeStored(key, fragment || '#done=');
      setStorageOk(ok);
      if (!ok) setRemember(false);
    }
  }

  function toggle(id: string, checked: boolean) {
    const next = ids.filter((x) => (x === id ? checked : done.includes(x)));
    setDone(next);
    persist(next, remember);
  }

  function toggleRemember(on: boolean) {
    if (on) {
      const ok = writeStored(key, encodeChecklistState(done, ids) || '#done=');
      setStorageOk(ok);
      setRemember(ok);
    } else {
      removeStored(key);
      setRemember(false);
    }
  }

  function clear() {
    setDone([]);
    setRemember(false);
    removeStored(key);
    replaceFragment('');
    setNotice(labels.cleared);
  }

  return (
    <div>
      <fieldset className="checklist">
        <legend className="text-lg font-semibold" data-pagefind-ignore>{labels.legend}</legend>
        <ul className="mt-3 space-y-3">
          {items.map((item) => (
            // Pagefind skips <label> text, so the site search indexes the item's words from this attribute.
            <li key={item.id} id={item.id} className="checklist-item flex gap-3" data-pagefind-index-attrs="data-search-text" data-search-text={item.label}>
              <input
                type="checkbox"
                id={`check-${item.id}`}
                name={item.id}
                className="mt-1 size-6 shrink-0 accent-brand"
                checked={done.includes(item.id)}
                onChange={(e) => toggle(item.id, e.target.checked)}
                aria-describedby={item.why ? `why-${item.id}` : undefined}
              />
              <div>
                <label htmlFor={`check-${item.id}`} className="font-medium">
                  {item.label}
                </label>
                {item.why ? (
                  <p id={`why-${item.id}`} className="text-muted">
                    {item.why}
                  </p>
                ) : null}
                {item.link ? (
                  <p className="no-print text-sm" data-pagefind-ignore>
                    <a href={item.link.href}>{item.link.text}</a>
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
      <p role="status" aria-live="polite" className="mt-4 font-semibold" data-pagefind-ignore>
        {labels.progress[done.length]}
      </p>
      {notice ? <p className="no-print mt-2" role="alert">{notice}</p> : null}
      {!storageOk ? <p className="no-print mt-2">{labels.storageBlocked}</p> : null}
      <div className={`needs-js no-print mt-4 flex flex-wrap items-center gap-4${ready ? '' : ' invisible'}`} data-pagefind-ignore>
        <label className="choice">
          <input type="checkbox" checked={remember} onChange={(e) => toggleRemember(e.target.checked)} />
          {labels.remember}
        </label>
        <button type="button" className="button button-secondary" onClick={clear}>
          {labels.clear}
        </button>
      </div>
    </div>
  );
}

'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { replaceFragment } from '@/components/state/fragment';
import { fillTemplate } from '@/components/ui/fillTemplate';
import { correctQuery } from './nearestWord';
import { cleanQuery, queryFragment, readQuery } from './query';
import { searchSite, type SearchHit } from './pagefind';
import { SearchResults } from './SearchResults';

export type SearchLabels = {
  label: string;
  noScript: string;
  button: string;
  loading: string;
  failed: string;
  /** "N results for “{query}”", one per count, already pluralised on the server. */
  counts: string[];
  corrected: string;
  nothing: string;
  azLink: string;
  glossaryLink: string;
  sections: string;
};
type Done = { kind: 'done'; query: string; corrected?: string; hits: SearchHit[] };
/** `last`: the results on screen while the next search runs, so they do not flicker per keystroke. */
type State = { kind: 'idle' } | { kind: 'loading'; last?: Done } | { kind: 'failed' } | Done;

let words: Promise<string[]> | undefined;
/** The typo list, fetched the first time a search finds nothing. */
function loadWords(url: string): Promise<string[]> {
  words ??= fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))));
  words.catch(() => (words = undefined));
  return words;
}

async function find(query: string, wordsUrl: string): Promise<State> {
  const hits = await searchSite(query);
  if (hits.length) return { kind: 'done', query, hits };
  const known = await loadWords(wordsUrl).catch(() => []);
  const fix = correctQuery(query, known);
  return fix.changed ? { kind: 'done', query, corrected: fix.query, hits: await searchSite(fix.query) } : { kind: 'done', query, hits: [] };
}

/**
 * The search form and its results. The query lives only in the address's fragment (#q=), which
 * browsers never send to a server, and the search runs on this device against the index the
 * build wrote to /pagefind/. The input has no `name`, so even a submit without JavaScript sends
 * no words; a link that arrives with ?q= (from another site) is read and moved to #q=.
 */
export function SearchTool({ action, wordsUrl, glossaryHref, labels }: { action: string; wordsUrl: string; glossaryHref: string; labels: SearchLabels }) {
  const [input, setInput] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  // Until this runs, the page says search needs JavaScript (true when it never runs).
  const [ready, setReady] = useState(false);
  const latest = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const run = useCallback(
    async (raw: string) => {
      const query = cleanQuery(raw);
      const id = ++latest.current;
      replaceFragment(queryFragment(query));
      if (!query) return setState({ kind: 'idle' });
      setState((s) => ({ kind: 'loading', last: s.kind === 'done' ? s : s.kind === 'loading' ? s.last : undefined }));
      const next = await find(query, wordsUrl).catch((): State => ({ kind: 'failed' }));
      // A slower, older search must not overwrite a newer one.
      if (id === latest.current) setState(next);
    },
    [wordsUrl],
  );

  useEffect(() => {
    const open = () => {
      const { query, from } = readQuery(window.location.hash, window.location.search);
      // A jump within the page (#a-z) is not a new search. The header's Search button on phones
      // comes as #search-q (this box): the reader wants to type, so the box gets the focus.
      if (!from) {
        if (window.location.hash === '#search-q') inputRef.current?.focus();
        return;
      }
      if (from === 'search') window.history.replaceState(window.history.state, '', window.location.pathname + queryFragment(query));
      setInput(query);
      void run(query);
    };
    setReady(true);
    open();
    window.addEventListener('hashchange', open);
    return () => {
      window.removeEventListener('hashchange', open);
      clearTimeout(timer.current);
    };
  }, [run]);

  const count = (n: number, query: string) => fillTemplate(labels.counts[Math.min(n, labels.counts.length - 1)], { query });
  // While typing, the live region keeps the last count rather than saying "Searching…" each time.
  const shown: State = state.kind === 'loading' && state.last ? state.last : state;
  const status =
    shown.kind === 'loading' ? labels.loading
    : shown.kind === 'failed' ? labels.failed
    : shown.kind !== 'done' ? ''
    : shown.corrected ? `${fillTemplate(labels.corrected, { query: shown.query, corrected: shown.corrected })} ${count(shown.hits.length, shown.corrected)}`
    : count(shown.hits.length, shown.query);

  return (
    <div className="search-tool space-y-4">
      <form
        role="search"
        action={action}
        method="get"
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          clearTimeout(timer.current);
          void run(input);
        }}
      >
        <label htmlFor="search-q" className="block font-semibold">{labels.label}</label>
        <div className="search-row">
          <input
            id="search-q"
            ref={inputRef}
            type="search"
            value={input}
            maxLength={500}
            autoComplete="off"
            className="search-input"
            onChange={(e) => {
              setInput(e.target.value);
              clearTimeout(timer.current);
              timer.current = setTimeout(() => void run(e.target.value), 300);
            }}
          />
          <button type="submit" className="button">{labels.button}</button>
        </div>
      </form>
      {/* no-js-only hides it at once where scripts run (no layout shift); `ready` removes it
          for browsers that do not know the scripting media feature. */}
      {ready ? null : <p className="callout no-js-only">{labels.noScript}</p>}
      <p role="status" className="font-semibold">{status}</p>
      {shown.kind === 'done' && !shown.hits.length ? (
        <p>
          {labels.nothing} <a href="#a-z">{labels.azLink}</a> · <a href={glossaryHref}>{labels.glossaryLink}</a>
        </p>
      ) : null}
      {shown.kind === 'done' && shown.hits.length ? <SearchResults hits={shown.hits} sectionsLabel={labels.sections} /> : null}
    </div>
  );
}

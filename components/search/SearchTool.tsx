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
type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'done'; query: string; corrected?: string; hits: SearchHit[] };

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
 * The search form and its results. Without JavaScript it is a plain GET form. With it, the query
 * lives only in the address's fragment (#q=), which browsers never send to a server, and the
 * search runs on this device against the index the build wrote to /pagefind/.
 */
export function SearchTool({ action, wordsUrl, glossaryHref, labels }: { action: string; wordsUrl: string; glossaryHref: string; labels: SearchLabels }) {
  const [input, setInput] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  // Until this runs, the page says search needs JavaScript (true when it never runs).
  const [ready, setReady] = useState(false);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const run = useCallback(
    async (raw: string) => {
      const query = cleanQuery(raw);
      const id = ++latest.current;
      replaceFragment(queryFragment(query));
      if (!query) return setState({ kind: 'idle' });
      setState({ kind: 'loading' });
      const next = await find(query, wordsUrl).catch((): State => ({ kind: 'failed' }));
      // A slower, older search must not overwrite a newer one.
      if (id === latest.current) setState(next);
    },
    [wordsUrl],
  );

  useEffect(() => {
    const open = () => {
      const { query, from } = readQuery(window.location.hash, window.location.search);
      // A jump within the page (#a-z) is not a new search.
      if (!from) return;
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
  const status =
    state.kind === 'loading' ? labels.loading
    : state.kind === 'failed' ? labels.failed
    : state.kind !== 'done' ? ''
    : state.corrected ? `${fillTemplate(labels.corrected, { query: state.query, corrected: state.corrected })} ${count(state.hits.length, state.corrected)}`
    : count(state.hits.length, state.query);

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
            type="search"
            name="q"
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
      {state.kind === 'done' && !state.hits.length ? (
        <p>
          {labels.nothing} <a href="#a-z">{labels.azLink}</a> · <a href={glossaryHref}>{labels.glossaryLink}</a>
        </p>
      ) : null}
      {state.kind === 'done' && state.hits.length ? <SearchResults hits={state.hits} sectionsLabel={labels.sections} /> : null}
    </div>
  );
}

'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { replaceFragment } from '@/components/state/fragment';
import { fillTemplate as fill } from '@/components/ui/fillTemplate';
import { decodeHandoutState, defaultOptions, encodeHandoutState, MAX_PROVIDED_BY, type HandoutOptions } from './state';

const OptionsContext = createContext<HandoutOptions>(defaultOptions);

type Labels = {
  title: string;
  providedBy: string;
  providedByHint: string;
  counter: string;
  tooLong: string;
  bilingual: string | null;
  largePrint: string;
  print: string;
  ignored: string;
};


/**
 * The handout's options (a "provided by" line, bilingual, large print), kept in the URL
 * fragment so a clinic can bookmark its own version. The sheets are server-rendered
 * children; they read the line from context and switch layout from data attributes.
 */
export function HandoutOptionsPanel({ labels, children }: { labels: Labels; children: ReactNode }) {
  const [options, setOptions] = useState<HandoutOptions>(defaultOptions);
  const [draft, setDraft] = useState('');
  const [ready, setReady] = useState(false);
  const [ignored, setIgnored] = useState(false);

  useEffect(() => {
    const read = () => {
      const { options: o, ignored: bad } = decodeHandoutState(window.location.hash.replace(/&?print=1/, ''));
      setOptions(o);
      setDraft(o.providedBy);
      setIgnored(bad);
    };
    read();
    setReady(true);
    // "Print" on the handouts index opens this page with #print=1.
    if (/(^#|&)print=1/.test(window.location.hash)) setTimeout(() => window.print(), 300);
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  const update = (next: HandoutOptions) => {
    setOptions(next);
    replaceFragment(encodeHandoutState(next));
  };
  const tooLong = draft.length > MAX_PROVIDED_BY;

  return (
    <OptionsContext.Provider value={options}>
      <form className="no-print mb-6 space-y-3 rounded-lg border-2 border-line p-4" hidden={!ready} onSubmit={(e) => e.preventDefault()}>
        <h2 className="text-lg font-bold">{labels.title}</h2>
        {ignored ? <p role="alert">{labels.ignored}</p> : null}
        <label htmlFor="provided-by" className="block font-semibold">
          {labels.providedBy}
        </label>
        <p id="provided-by-hint" className="text-sm">{labels.providedByHint}</p>
        <input
          id="provided-by"
          type="text"
          className="block w-full rounded border-2 border-control p-2"
          value={draft}
          aria-describedby={`provided-by-hint provided-by-count${tooLong ? ' provided-by-error' : ''}`}
          aria-invalid={tooLong || undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            // Too-long text is kept in the field with a message; the sheet keeps the last valid line.
            if (e.target.value.length <= MAX_PROVIDED_BY) update({ ...options, providedBy: e.target.value });
          }}
        />
        <p id="provided-by-count" className="text-sm">{fill(labels.counter, { count: draft.length, max: MAX_PROVIDED_BY })}</p>
        {tooLong ? (
          <p id="provided-by-error" className="font-semibold" role="alert">
            {fill(labels.tooLong, { max: MAX_PROVIDED_BY })}
          </p>
        ) : null}
        {labels.bilingual ? (
          <label className="choice">
            <input type="checkbox" checked={options.bilingual} onChange={(e) => update({ ...options, bilingual: e.target.checked })} />
            {labels.bilingual}
          </label>
        ) : null}
        <label className="choice">
          <input type="checkbox" checked={options.largePrint} onChange={(e) => update({ ...options, largePrint: e.target.checked })} />
          {labels.largePrint}
        </label>
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            {labels.print}
          </button>
        </p>
      </form>
      <div className="handout" data-bilingual={options.bilingual || undefined} data-large={options.largePrint || undefined}>
        {children}
      </div>
    </OptionsContext.Provider>
  );
}

/** "Provided by …" on a sheet, in the sheet's language; React renders it as text, so markup shows literally. */
export function ProvidedByLine({ label }: { label: string }) {
  const { providedBy } = useContext(OptionsContext);
  if (!providedBy.trim()) return null;
  return (
    <p className="provided-by font-semibold">
      {label} {providedBy}
    </p>
  );
}

'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { isPlainAnchor, replaceFragment } from '@/components/state/fragment';
import { readStored, removeStored, writeStored } from '@/components/state/storage';
import { fillTemplate as fill } from '@/components/ui/fillTemplate';
import { decodeHandoutState, defaultOptions, encodeHandoutState, MAX_PROVIDED_BY, type HandoutOptions } from './state';
import { BRANDING_KEY, decodeBranding, encodeBranding, logoProblem, MAX_LOGO_BYTES, type LogoProblem } from './branding';
import { LogoField, readLogo } from './LogoField';

type Sheet = HandoutOptions & { logo: string };
const OptionsContext = createContext<Sheet>({ ...defaultOptions, logo: '' });

export type HandoutOptionsLabels = {
  title: string;
  providedBy: string;
  providedByHint: string;
  counter: string;
  tooLong: string;
  logo: string;
  logoHint: string;
  logoRemove: string;
  logoProblems: Record<LogoProblem | 'unreadable', string>;
  keep: string;
  keepHint: string;
  forget: string;
  forgotten: string;
  storageFailed: string;
  bilingual: string | null;
  duplex: string | null;
  duplexLarge: string | null;
  unreviewedFront: string | null;
  unreviewedBack: string | null;
  largePrint: string;
  print: string;
  ignored: string;
};

/**
 * The handout's options: the clinic's name and logo, bilingual, large print. Name and switches
 * live in the URL fragment so a clinic can bookmark its own version; the logo never goes in a
 * link. Both are kept in localStorage only when the clinic ticks "Keep…", and one button clears
 * them. The sheets are server-rendered children; they read name and logo from context and switch
 * layout from data attributes.
 */
export function HandoutOptionsPanel({ labels, printAll = false, children }: { labels: HandoutOptionsLabels; printAll?: boolean; children: ReactNode }) {
  const [options, setOptions] = useState<HandoutOptions>(defaultOptions);
  const [logo, setLogo] = useState('');
  const [draft, setDraft] = useState('');
  const [ready, setReady] = useState(false);
  const [ignored, setIgnored] = useState(false);
  const [keep, setKeep] = useState(false);
  const [message, setMessage] = useState('');
  const [logoError, setLogoError] = useState('');

  useEffect(() => {
    const saved = decodeBranding(readStored(BRANDING_KEY).value);
    const read = () => {
      // A plain anchor (a search result's #section) is a place on the sheet, not options.
      const hash = isPlainAnchor(window.location.hash) ? '' : window.location.hash.replace(/&?print=1/, '');
      const { options: o, ignored: bad } = decodeHandoutState(hash);
      // A name in the link wins over the saved one: it is the version the clinic bookmarked.
      const providedBy = new URLSearchParams(hash.slice(1)).has('by') || !saved ? o.providedBy : saved.name;
      setOptions({ ...o, providedBy });
      setDraft(providedBy);
      setIgnored(bad);
    };
    if (saved) {
      setKeep(true);
      setLogo(saved.logo);
    }
    read();
    setReady(true);
    // "Print" on the handouts index opens this page with #print=1.
    if (/(^#|&)print=1/.test(window.location.hash)) setTimeout(() => window.print(), 300);
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  const save = (name: string, image: string, on = keep) => {
    if (!on) return;
    if (!writeStored(BRANDING_KEY, encodeBranding({ name, logo: image }))) {
      removeStored(BRANDING_KEY);
      setKeep(false);
      setMessage(labels.storageFailed);
    }
  };
  const update = (next: HandoutOptions, keepOn = keep) => {
    setOptions(next);
    replaceFragment(encodeHandoutState(next));
    if (next.providedBy !== options.providedBy) save(next.providedBy, logo, keepOn);
  };
  const pickLogo = async (file: File | undefined) => {
    setLogoError('');
    if (!file) return;
    const problem = logoProblem(file);
    if (problem) return setLogoError(fill(labels.logoProblems[problem], { max: `${MAX_LOGO_BYTES / 1_000_000} MB` }));
    try {
      const url = await readLogo(file);
      setLogo(url);
      save(options.providedBy, url);
    } catch {
      setLogoError(labels.logoProblems.unreadable);
    }
  };
  const tooLong = draft.length > MAX_PROVIDED_BY;

  return (
    <OptionsContext.Provider value={{ ...options, logo }}>
      <form className={`needs-js no-print mb-6 space-y-3 rounded-lg border-2 border-line p-4${ready ? '' : ' invisible'}`} data-pagefind-ignore onSubmit={(e) => e.preventDefault()}>
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
        <LogoField
          label={labels.logo}
          hint={labels.logoHint}
          removeLabel={labels.logoRemove}
          logo={logo}
          error={logoError}
          onPick={(file) => void pickLogo(file)}
          onRemove={() => {
            setLogo('');
            save(options.providedBy, '');
          }}
        />
        <label className="choice">
          <input
            type="checkbox"
            checked={keep}
            aria-describedby="keep-branding-hint"
            onChange={(e) => {
              setMessage('');
              setKeep(e.target.checked);
              if (e.target.checked) save(options.providedBy, logo, true);
              else removeStored(BRANDING_KEY);
            }}
          />
          {labels.keep}
        </label>
        <p id="keep-branding-hint" className="text-sm">{labels.keepHint}</p>
        <p>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              removeStored(BRANDING_KEY);
              setKeep(false);
              setLogo('');
              setDraft('');
              update({ ...options, providedBy: '' }, false);
              setMessage(labels.forgotten);
            }}
          >
            {labels.forget}
          </button>
        </p>
        <p role="status" className="font-semibold">
          {message}
        </p>
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
        {options.bilingual && labels.duplex ? <p className="font-semibold">{options.largePrint ? labels.duplexLarge : labels.duplex}</p> : null}
        {labels.unreviewedFront ? <p>{labels.unreviewedFront}</p> : null}
        {options.bilingual && labels.unreviewedBack ? <p>{labels.unreviewedBack}</p> : null}
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            {labels.print}
          </button>
        </p>
      </form>
      <div className="handout" data-all={printAll || undefined} data-bilingual={options.bilingual || undefined} data-large={options.largePrint || undefined}>
        {children}
      </div>
    </OptionsContext.Provider>
  );
}

/** "Provided by …" on a sheet, in the sheet's language; React renders it as text, so markup shows literally. */
export function ProvidedByLine({ label }: { label: string }) {
  const { providedBy } = useContext(OptionsContext);
  if (!providedBy.trim()) return null;
  // In the title band's first line, after the edition: one line for most names, never a column squeezed beside the logo.
  return (
    <>
      <span aria-hidden="true"> · </span>
      <span className="provided-by">
        {label} {providedBy}
      </span>
    </>
  );
}

/** The clinic's logo in the masthead, when one was picked on this device. */
export function CoBrandLogo({ alt, altNoName }: { alt: string; altNoName: string }) {
  const { logo, providedBy } = useContext(OptionsContext);
  if (!logo) return null;
  // eslint-disable-next-line @next/next/no-img-element -- a data: URL read on this device
  return <img src={logo} alt={providedBy.trim() ? fill(alt, { name: providedBy.trim() }) : altNoName} className="handout-logo" />;
}

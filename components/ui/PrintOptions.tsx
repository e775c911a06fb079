'use client';

type Props<T extends string> = {
  title: string;
  /** Radio name; also keeps two tools' groups apart if they ever share a page. */
  name: string;
  intro?: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  /** "Also print in …" checkboxes, one per other language; at most one is on. */
  languages: { lang: string; label: string }[];
  second: string | null;
  onSecond: (lang: string | null) => void;
  /** Without it there is no print button: the tool puts its own elsewhere (the questions tool's action bar). */
  printLabel?: string;
  /** Classes for the legend; tools that tuck the options into a menu make it smaller. */
  legendClassName?: string;
};

/** What to print, an optional second language, and the print button: the same in every tool. */
export function PrintOptions<T extends string>(p: Props<T>) {
  return (
    <fieldset className="no-print space-y-2">
      <legend className={p.legendClassName ?? 'text-xl font-bold'}>{p.title}</legend>
      {p.intro ? <p className="font-semibold">{p.intro}</p> : null}
      {p.options.map((o) => (
        <label key={o.value} className="choice flex">
          <input type="radio" name={p.name} checked={p.value === o.value} onChange={() => p.onChange(o.value)} />
          {o.label}
        </label>
      ))}
      {p.languages.map(({ lang, label }) => (
        <label key={lang} className="choice flex">
          <input type="checkbox" checked={p.second === lang} onChange={(e) => p.onSecond(e.target.checked ? lang : null)} />
          {label}
        </label>
      ))}
      {p.printLabel ? (
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            {p.printLabel}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}

'use client';

import type { AssembledScript } from './assemble';
import type { ScriptLabels } from './labels';
import { ScriptView } from './ScriptView';

type Props = {
  locale: string;
  script: AssembledScript;
  /** The same script in the second language, when the reader asked for both side by side. */
  secondScript: AssembledScript | null;
  second: string | null;
  languages: string[];
  onSecond: (lang: string | null) => void;
  /** Loading or failure of the second language, said next to its checkbox. */
  status: string;
  labels: ScriptLabels;
};

/** Step 1: the words to say at the desk, with its print button and the two-language option right under the heading. */
export function SayStep({ locale, script, secondScript, second, languages, onSecond, status, labels }: Props) {
  return (
    <section aria-labelledby="say-title" className="script-part space-y-4" data-part="script">
      <h2 id="say-title" tabIndex={-1} className="text-2xl font-bold">
        {labels.sayTitle}: {script.title} <span className="font-normal">({script.jurisdictionName})</span>
      </h2>
      <div className="no-print flex flex-wrap items-center gap-x-6 gap-y-2">
        <button type="button" className="button" onClick={() => window.print()}>
          {labels.printSay}
        </button>
        {languages.map((lang) => (
          <label key={lang} className="choice flex">
            <input type="checkbox" checked={second === lang} onChange={(e) => onSecond(e.target.checked ? lang : null)} />
            {labels.printBilingual[lang]}
          </label>
        ))}
        <p role="status" className="text-sm">
          {status}
        </p>
      </div>
      {script.citation ? (
        <p>
          <span className="font-semibold">{labels.rule}</span> {script.citation}
        </p>
      ) : null}
      {script.lawNote ? (
        <div className="law-note callout">
          <h3 className="font-bold">{labels.lawNoteTitle}</h3>
          <p>{script.lawNote}</p>
        </div>
      ) : null}
      {secondScript && second ? (
        <div className="bilingual grid gap-6 md:grid-cols-2">
          <div lang={locale}>
            <h3 className="text-lg font-bold">{labels.languageNames[locale]}</h3>
            <ScriptView script={script} level={4} />
          </div>
          <div lang={second}>
            <h3 className="text-lg font-bold">{labels.languageNames[second]}</h3>
            <ScriptView script={secondScript} level={4} />
          </div>
        </div>
      ) : (
        <ScriptView script={script} />
      )}
    </section>
  );
}

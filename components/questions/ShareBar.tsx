'use client';

import { ShareActions } from '@/components/ui/ShareActions';
import type { QuestionsLabels } from './labels';

type Props = {
  labels: QuestionsLabels;
  includeNotes: boolean;
  onIncludeNotes: (on: boolean) => void;
  printMode: 'full' | 'pocket';
  onPrintMode: (mode: 'full' | 'pocket') => void;
  secondLanguages: string[];
  second: string | null;
  onSecond: (lang: string | null) => void;
  asText: () => string;
  onStartOver: () => void;
};

/** Print options, and ways to keep or share the list; everything stays in the browser. */
export function ShareBar(p: Props) {
  const { labels } = p;

  return (
    <div className="no-print space-y-6">
      <fieldset className="space-y-2">
        <legend className="text-xl font-bold">{labels.printTitle}</legend>
        {(['full', 'pocket'] as const).map((mode) => (
          <label key={mode} className="choice">
            <input type="radio" name="print-mode" checked={p.printMode === mode} onChange={() => p.onPrintMode(mode)} />
            {mode === 'full' ? labels.printFull : labels.printPocket}
          </label>
        ))}
        {p.secondLanguages.map((lang) => (
          <label key={lang} className="choice">
            <input type="checkbox" checked={p.second === lang} onChange={(e) => p.onSecond(e.target.checked ? lang : null)} />
            {labels.printBilingual[lang]}
          </label>
        ))}
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            {labels.printButton}
          </button>
        </p>
      </fieldset>

      <ShareActions
        labels={{ ...labels, include: labels.includeNotes, includeNote: labels.notesStayHere }}
        title={labels.pageTitle}
        include={p.includeNotes}
        onInclude={p.onIncludeNotes}
        asText={p.asText}
        onStartOver={p.onStartOver}
      />
    </div>
  );
}

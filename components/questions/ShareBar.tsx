'use client';

import { useEffect, useState } from 'react';
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
  const [status, setStatus] = useState('');
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator.share === 'function'), []);

  async function copy(text: string, done: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus(labels.copyFailed);
    }
  }

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

      <fieldset className="space-y-3">
        <legend className="text-xl font-bold">{labels.shareTitle}</legend>
        <label className="choice">
          <input type="checkbox" checked={p.includeNotes} onChange={(e) => p.onIncludeNotes(e.target.checked)} />
          {labels.includeNotes}
        </label>
        <p className="text-sm">{labels.notesStayHere}</p>
        <div className="flex flex-wrap gap-3">
          <button type="button" className="button button-secondary" onClick={() => copy(window.location.href, labels.copied)}>
            {labels.copyLink}
          </button>
          {canShare ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => navigator.share({ title: labels.pageTitle, url: window.location.href }).catch(() => undefined)}
            >
              {labels.share}
            </button>
          ) : null}
          <button type="button" className="button button-secondary" onClick={() => copy(p.asText(), labels.copiedText)}>
            {labels.copyText}
          </button>
          <button type="button" className="button button-secondary" onClick={p.onStartOver}>
            {labels.startOver}
          </button>
        </div>
        <p role="status">{status}</p>
      </fieldset>
    </div>
  );
}

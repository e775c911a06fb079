'use client';

import { PrintOptions } from '@/components/ui/PrintOptions';
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
      <PrintOptions
        title={labels.printTitle}
        name="print-mode"
        options={[
          { value: 'full', label: labels.printFull },
          { value: 'pocket', label: labels.printPocket },
        ]}
        value={p.printMode}
        onChange={p.onPrintMode}
        languages={p.secondLanguages.map((lang) => ({ lang, label: labels.printBilingual[lang] }))}
        second={p.second}
        onSecond={p.onSecond}
        printLabel={labels.printButton}
      />

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

'use client';

import { Copy, Link, Printer, Share2, SlidersHorizontal } from 'lucide';
import { Icon } from '@/components/ui/Icon';
import { PrintOptions } from '@/components/ui/PrintOptions';
import { useShareActions } from '@/components/ui/ShareActions';
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
};

/**
 * Print and share in one bar that sticks to the bottom of the screen while the list is in view
 * (CSS: .action-bar), so it is never more than a screen away from any question. The options
 * people change less often sit behind one disclosure. Everything stays in the browser.
 */
export function ActionBar(p: Props) {
  const { labels } = p;
  const { status, canShare, copyLink, copyText, share } = useShareActions(labels, labels.pageTitle, p.asText);

  return (
    <div role="group" aria-label={labels.actionsTitle} className="action-bar no-print">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className="button button-small" onClick={() => window.print()}>
          <Icon node={Printer} />
          {labels.printButton}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={copyLink}>
          <Icon node={Link} className="icon bar-icon" />
          {labels.copyLink}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={copyText}>
          <Icon node={Copy} className="icon bar-icon" />
          {labels.copyText}
        </button>
        {canShare ? (
          <button type="button" className="button button-secondary button-small" onClick={share}>
            <Icon node={Share2} className="icon bar-icon" />
            {labels.share}
          </button>
        ) : null}
        <details className="action-options">
          <summary className="button button-secondary button-small">
            <Icon node={SlidersHorizontal} className="icon bar-icon" />
            {labels.moreOptions}
          </summary>
          <div className="action-options-panel space-y-3">
            <PrintOptions
              title={labels.printTitle}
              legendClassName="font-semibold"
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
            />
            <div>
              <label className="choice">
                <input type="checkbox" checked={p.includeNotes} onChange={(e) => p.onIncludeNotes(e.target.checked)} />
                {labels.includeNotes}
              </label>
              <p className="text-sm">{labels.notesStayHere}</p>
            </div>
          </div>
        </details>
      </div>
      <p role="status" className="text-sm">
        {status}
      </p>
    </div>
  );
}

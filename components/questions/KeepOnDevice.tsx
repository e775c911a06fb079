'use client';

import type { QuestionsLabels } from './labels';

type Props = { labels: QuestionsLabels; remember: boolean; onRemember: (on: boolean) => void; onClear: () => void; storageOk: boolean; notice: string };

/** The opt-in to keep the list in this browser, and the one control that clears everything: as on the checklists. */
export function KeepOnDevice({ labels, remember, onRemember, onClear, storageOk, notice }: Props) {
  return (
    <section aria-labelledby="keep-title" className="no-print space-y-2">
      <h2 id="keep-title" className="text-xl font-bold">
        {labels.keepTitle}
      </h2>
      <label className="choice">
        <input type="checkbox" checked={remember} onChange={(e) => onRemember(e.target.checked)} />
        {labels.remember}
      </label>
      <p className="text-sm">{labels.rememberNote}</p>
      {storageOk ? null : <p className="font-semibold">{labels.storageBlocked}</p>}
      <button type="button" className="button button-secondary" onClick={onClear}>
        {labels.clear}
      </button>
      <p role="status">{notice}</p>
    </section>
  );
}

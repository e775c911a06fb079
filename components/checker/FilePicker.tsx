'use client';

import type { ChangeEvent } from 'react';
import clsx from 'clsx';
import { pickedFromInput, type Picked } from './dropFiles';
import type { CheckerLabels } from './labels';

// Not in React's types: lets the input choose a whole folder (every current browser supports it).
const folder = { webkitdirectory: '' } as object;

/**
 * Two labelled file inputs (files, or a whole folder such as a CD) are the way in, by mouse,
 * touch or keyboard; dropping is an extra for those who drag. The drop itself is handled by the
 * whole tool (CheckerTool); this area only lights up while files are dragged over it.
 */
export function FilePicker({ onPick, disabled, over, labels }: { onPick: (files: Picked[]) => void; disabled: boolean; over: boolean; labels: CheckerLabels }) {
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const files = pickedFromInput(e.target.files);
    // Cleared so that choosing the same files again is a new change.
    e.target.value = '';
    if (files.length) onPick(files);
  };
  return (
    <div className={clsx('checker-drop space-y-4', over && 'checker-drop-over')}>
      <div className="space-y-1">
        <label htmlFor="checker-files" className="block font-semibold">{labels.filesLabel}</label>
        <p id="checker-files-hint" className="text-sm text-muted">{labels.filesHint}</p>
        <input id="checker-files" type="file" multiple aria-describedby="checker-files-hint" disabled={disabled} onChange={pick} className="checker-input" />
      </div>
      <div className="space-y-1">
        <label htmlFor="checker-folder" className="block font-semibold">{labels.folderLabel}</label>
        <p id="checker-folder-hint" className="text-sm text-muted">{labels.folderHint}</p>
        <input id="checker-folder" type="file" {...folder} aria-describedby="checker-folder-hint" disabled={disabled} onChange={pick} className="checker-input" />
      </div>
      <p className="text-sm text-muted">{labels.dropHere}</p>
    </div>
  );
}

'use client';

import { useState } from 'react';
import { letterAsText, type Letter } from './assemble';

export type LetterActionsLabels = { print: string; downloadPdf: string; makingPdf: string; pdfDone: string; pdfFailed: string; email: string; emailTooLong: string; copyText: string; copied: string; copyFailed: string };

/**
 * Stand-in for the full set of actions on one letter (print, PDF, email, copy), built on another
 * branch with the same export and props: until it lands, print and copy only.
 */
export function LetterActions({ letter, labels, onPrint }: { letter: Letter; fileName: string; lang: string; paper: 'a4' | 'letter'; labels: LetterActionsLabels; onPrint: () => void }) {
  const [status, setStatus] = useState('');
  return (
    <div className="no-print space-y-2">
      <div className="flex flex-wrap gap-3">
        <button type="button" className="button" onClick={onPrint}>
          {labels.print}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            navigator.clipboard.writeText(letterAsText(letter)).then(
              () => setStatus(labels.copied),
              () => setStatus(labels.copyFailed),
            )
          }
        >
          {labels.copyText}
        </button>
      </div>
      <p role="status" className="text-sm">
        {status}
      </p>
    </div>
  );
}

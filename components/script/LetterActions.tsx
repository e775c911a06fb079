'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { Copy, FileDown, Mail, Printer } from 'lucide';
import { buttonClass } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { letterAsText, type Letter } from './assemble';
import { letterMailto, mailtoTooLong } from './mailto';

export type LetterActionsLabels = {
  print: string;
  downloadPdf: string;
  makingPdf: string;
  pdfDone: string;
  pdfFailed: string;
  email: string;
  emailTooLong: string;
  copyText: string;
  copied: string;
  copyFailed: string;
};

type Props = { letter: Letter; fileName: string; lang: string; paper: 'a4' | 'letter'; labels: LetterActionsLabels; onPrint: () => void };

/** A download name with nothing a file system would refuse. */
const safeFileName = (name: string) => name.replace(/[\u0000-\u001f\\/:*?"<>|]+/g, '-').trim() || 'letter';

/**
 * Print, save as PDF, email or copy ONE letter. Everything happens in this browser: the PDF is
 * made here, the email opens the reader's own mail app with the text in the link. The PDF code
 * (and, for names outside Latin-1, a font) loads on the click, so the page does not carry it.
 * Print, PDF and copy need JavaScript and stay hidden until it runs; the email link works without.
 */
export function LetterActions({ letter, fileName, lang, paper, labels, onPrint }: Props) {
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const noteId = useId();
  useEffect(() => setReady(true), []);
  const mailto = letterMailto(letter);
  const long = mailtoTooLong(mailto);

  async function downloadPdf() {
    // aria-disabled keeps the button focusable, so a second press must be ignored here.
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setStatus(labels.makingPdf);
    try {
      const { buildLetterPdf } = await import('./letterPdf');
      const bytes = await buildLetterPdf(letter, { paper, lang, title: letter.subject.value });
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${safeFileName(fileName)}.pdf`;
      document.body.append(a);
      a.click();
      a.remove();
      // Some browsers start the download after click() returns: revoke a little later.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setStatus(labels.pdfDone);
    } catch {
      setStatus(labels.pdfFailed);
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(letterAsText(letter));
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  }

  const small = buttonClass('secondary', 'small');
  return (
    <div className="no-print space-y-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={`needs-js ${small}${ready ? '' : ' invisible'}`} onClick={onPrint}>
          <Icon node={Printer} />
          <span>{labels.print}</span>
        </button>
        <button
          type="button"
          className={`needs-js ${small} aria-disabled:cursor-not-allowed aria-disabled:opacity-60${ready ? '' : ' invisible'}`}
          onClick={downloadPdf}
          aria-disabled={busy || undefined}
        >
          <Icon node={FileDown} />
          <span>{labels.downloadPdf}</span>
        </button>
        <a className={small} href={mailto} aria-describedby={long ? noteId : undefined}>
          <Icon node={Mail} />
          <span>{labels.email}</span>
        </a>
        <button type="button" className={`needs-js ${small}${ready ? '' : ' invisible'}`} onClick={copy}>
          <Icon node={Copy} />
          <span>{labels.copyText}</span>
        </button>
      </div>
      {long ? (
        <p id={noteId} className="text-sm">
          {labels.emailTooLong}
        </p>
      ) : null}
      <p role="status" className="text-sm">
        {status}
      </p>
    </div>
  );
}

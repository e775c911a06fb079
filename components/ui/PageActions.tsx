'use client';

import { useEffect, useState } from 'react';

type Labels = { print: string; copyLink: string; copied: string; copyFailed: string };

/**
 * Print and copy-link buttons. Both need JavaScript: their space is kept but they stay
 * invisible until it runs (`needs-js` in globals.css), and a browser with scripting off never
 * shows them; readers there still have the browser's own print and share.
 */
export function PageActions({ labels }: { labels: Labels }) {
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => setReady(true), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus(labels.copied);
    } catch {
      // Clipboard access can be refused (permissions, insecure context): say so rather than fail silently.
      setStatus(labels.copyFailed);
    }
  }

  return (
    <div className={`needs-js no-print my-4 flex flex-wrap items-center gap-3${ready ? '' : ' invisible'}`} data-pagefind-ignore>
      <button type="button" className="button button-secondary" onClick={() => window.print()}>
        {labels.print}
      </button>
      <button type="button" className="button button-secondary" onClick={copy}>
        {labels.copyLink}
      </button>
      <p role="status" className="text-sm">
        {status}
      </p>
    </div>
  );
}

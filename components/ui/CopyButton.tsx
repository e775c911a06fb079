'use client';

import { useEffect, useState } from 'react';

/** Copies `value` to the clipboard. Hidden until JavaScript runs; the value is also shown as text. */
export function CopyButton({ value, label, name, copied, failed }: { value: string; label: string; name: string; copied: string; failed: string }) {
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => setReady(true), []);
  return (
    <span className={`needs-js no-print inline-flex items-center gap-2${ready ? '' : ' invisible'}`} data-pagefind-ignore>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={`${label}: ${name}`}
        onClick={() =>
          navigator.clipboard.writeText(value).then(
            () => setStatus(copied),
            () => setStatus(failed),
          )
        }
      >
        {label}
      </button>
      <span role="status" className="text-sm">
        {status}
      </span>
    </span>
  );
}

'use client';

import { useState } from 'react';
import { buttonClass } from '@/components/ui/Button';
import { fillTemplate } from '@/components/ui/fillTemplate';

/**
 * One header value, hidden until the reader asks: the page may be seen over a shoulder or in a
 * screenshot. The mask has a fixed length so it does not give away the value's. The value is
 * rendered as text, so markup in a header is shown literally, never run.
 */
export function MaskedValue({ label, value, labels }: { label: string; value: string; labels: { show: string; hide: string; showNamed: string; hideNamed: string; hidden: string } }) {
  const [shown, setShown] = useState(false);
  return (
    <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
      {shown ? (
        <span className="checker-value">{value}</span>
      ) : (
        <span>
          <span aria-hidden="true">••••••</span>
          <span className="sr-only">{labels.hidden}</span>
        </span>
      )}
      <button type="button" className={buttonClass('secondary', 'small')} aria-label={fillTemplate(shown ? labels.hideNamed : labels.showNamed, { label })} onClick={() => setShown(!shown)}>
        {shown ? labels.hide : labels.show}
      </button>
    </span>
  );
}

'use client';

import { useState } from 'react';
import { deliveryMethods, type Delivery } from '@/content/scriptInputs';
import { fillTemplate } from '@/components/ui/fillTemplate';
import type { AssembledScript } from './assemble';
import { downloadReminder } from './downloadReminder';
import type { ScriptLabels } from './labels';

type Props = { script: AssembledScript; delivery: Delivery | null; facility: string; labels: ScriptLabels; onDelivery: (d: Delivery) => void };

/** Step 3: when the reply is due, counted from when they likely receive the letter, with a calendar file and a printable note. */
export function DateStep({ script, delivery, facility, labels, onDelivery }: Props) {
  const [icsStatus, setIcsStatus] = useState('');
  const d = script.deadline;
  return (
    <section aria-labelledby="date-title" className="script-part space-y-3" data-part="date">
      <h2 id="date-title" tabIndex={-1} className="text-2xl font-bold">
        {labels.deadlineTitle}: {script.title} <span className="font-normal">({script.jurisdictionName})</span>
      </h2>
      {d ? (
        <>
          <p>{labels.dueFromReceipt}</p>
          <fieldset className="no-print space-y-1">
            <legend className="font-semibold">{labels.deliveryLegend}</legend>
            {deliveryMethods.map((m) => (
              <label key={m} className="choice flex">
                <input type="radio" name="delivery" value={m} checked={delivery === m} onChange={() => onDelivery(m)} />
                {labels.delivery[m]}
              </label>
            ))}
          </fieldset>
          <p className="font-semibold" aria-live="polite">
            {fillTemplate(d.delivery === 'post' ? labels.duePost : d.delivery ? labels.dueSameDay : labels.dueUnsure, { sent: d.sentText, received: d.receivedText, due: d.dueText })}
          </p>
          {d.sentGiven ? null : <p>{labels.dueTodayNote}</p>}
          {d.note ? <p>{d.note}</p> : null}
          <p>{d.extension}</p>
          {d.passed ? <p className="font-semibold">{labels.duePassed}</p> : null}
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              className="button"
              onClick={() => downloadReminder(script, facility, labels).then(() => setIcsStatus(labels.icsDone), () => setIcsStatus(fillTemplate(labels.icsFailed, { due: d.dueText })))}
            >
              {labels.icsButton}
            </button>
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {labels.printDate}
            </button>
          </div>
          <p role="status">{icsStatus}</p>
        </>
      ) : (
        <p>{labels.noDeadline}</p>
      )}
    </section>
  );
}

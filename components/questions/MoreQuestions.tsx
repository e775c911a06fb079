'use client';

import type { QuestionsLabels } from './labels';

type Props = { items: { id: string; text: string }[]; labels: QuestionsLabels; onAdd: (id: string) => void };

/** Questions that fit the answers but are not on the list, each one tap from being added. */
export function MoreQuestions({ items, labels, onAdd }: Props) {
  if (!items.length) return null;
  return (
    <section aria-labelledby="more-title" className="no-print">
      <h2 id="more-title" className="text-xl font-bold">{labels.moreTitle}</h2>
      <ul className="mt-3 space-y-2">
        {items.map(({ id, text }) => (
          <li key={id} className="flex flex-wrap items-center justify-between gap-2">
            <span>{text}</span>
            <button type="button" className="button button-secondary" aria-label={`${labels.addThis}: ${text}`} onClick={() => onAdd(id)}>
              {labels.addThis}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

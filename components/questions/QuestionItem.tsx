'use client';

import { useEffect, useRef, useState } from 'react';
import { ArrowDown, ArrowUp, Trash2 } from 'lucide';
import { Icon } from '@/components/ui/Icon';
import type { QuestionsLabels } from './labels';
import { fillTemplate as fill } from '@/components/ui/fillTemplate';
import { MAX_NOTE_LENGTH } from './state';
import { SourceTitle } from '@/components/articles/SourcesList';

export type ItemView = {
  id: string;
  text: string;
  /** The same question in the second print language, when bilingual printing is on. */
  second?: { lang: string; text: string };
  details?: { why: string; goodAnswer: string; ifWorried: string; href?: string; source: { title: string; url: string; lang?: 'en' | 'es' } };
  custom: boolean;
};

type Props = {
  item: ItemView;
  position: number;
  total: number;
  top: boolean;
  note: string;
  labels: QuestionsLabels;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onNote: (text: string) => void;
};

export function QuestionItem({ item, position, total, top, note, labels, onMove, onRemove, onNote }: Props) {
  const n = position + 1;
  // The field keeps whatever is typed; only text within the limit is saved, and the rest is flagged, never cut.
  const [draft, setDraft] = useState(note);
  // A card shows its note field only once asked for, or when it already holds a note.
  const [noteOpen, setNoteOpen] = useState(note !== '');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const focusNote = useRef(false);
  useEffect(() => {
    if (noteOpen && focusNote.current) noteRef.current?.focus();
    focusNote.current = false;
  }, [noteOpen]);
  // A note restored after the card was drawn (a link, a stored list) opens its field.
  useEffect(() => {
    if (note) setNoteOpen(true);
    setDraft((d) => (d.length > MAX_NOTE_LENGTH ? d : note));
  }, [note]);
  const tooLong = draft.length > MAX_NOTE_LENGTH;
  const first = position === 0;
  const last = position === total - 1;
  return (
    <li className="question-item rounded-lg border-2 border-line p-3" data-top={top || undefined}>
      <p className="font-semibold">
        {top ? <span className="ask-first mr-2 inline-block rounded border-2 border-ink px-1 text-sm">{labels.askFirst}</span> : null}
        <span className="question-text">{item.text}</span>
        {item.custom ? <span className="text-sm font-normal text-muted"> ({labels.yourQuestion})</span> : null}
      </p>
      {item.second ? (
        <p lang={item.second.lang} className="second-language mt-1 italic">
          {item.second.text}
        </p>
      ) : null}
      {item.details ? (
        <details className="no-print mt-1">
          <summary className="cursor-pointer text-sm text-brand underline">{labels.details}</summary>
          <dl className="mt-2 space-y-2">
            <div>
              <dt className="font-semibold">{labels.why}</dt>
              <dd>{item.details.why}</dd>
            </div>
            <div>
              <dt className="font-semibold">{labels.goodAnswer}</dt>
              <dd>{item.details.goodAnswer}</dd>
            </div>
            <div>
              <dt className="font-semibold">{labels.ifWorried}</dt>
              <dd>{item.details.href ? <a href={item.details.href}>{item.details.ifWorried}</a> : item.details.ifWorried}</dd>
            </div>
            <div>
              <dt className="font-semibold">{labels.source}</dt>
              <dd>
                <SourceTitle source={item.details.source} inLanguage={labels.inLanguage} />
              </dd>
            </div>
          </dl>
        </details>
      ) : null}
      <div className="mt-2">
        {noteOpen ? (
          <>
            <label htmlFor={`note-${item.id}`} className="no-print text-sm">
              {fill(labels.noteLabel, { n })}
            </label>
            <textarea
              ref={noteRef}
              id={`note-${item.id}`}
              className="note-field block w-full rounded border-2 border-control p-2"
              rows={2}
              // A blank placeholder lets print CSS leave empty note boxes off the sheet (:placeholder-shown).
              placeholder=" "
              value={draft}
              aria-invalid={tooLong || undefined}
              aria-describedby={tooLong ? `note-error-${item.id}` : undefined}
              onChange={(e) => {
                setDraft(e.target.value);
                if (e.target.value.length <= MAX_NOTE_LENGTH) onNote(e.target.value);
              }}
            />
            {tooLong ? (
              <p id={`note-error-${item.id}`} className="no-print font-semibold">
                {fill(labels.noteTooLong, { max: MAX_NOTE_LENGTH })}
              </p>
            ) : null}
          </>
        ) : null}
        <p className="answer-lines print-only">{labels.answerLines}</p>
      </div>
      <div className="item-actions no-print mt-1 flex flex-wrap items-center gap-1">
        {noteOpen ? null : (
          <button
            type="button"
            className="button button-secondary button-small note-toggle"
            aria-label={fill(labels.addNoteTo, { n })}
            onClick={() => {
              focusNote.current = true;
              setNoteOpen(true);
            }}
          >
            {labels.addNote}
          </button>
        )}
        {/* aria-disabled, not disabled: a disabled button would drop keyboard focus after a move to the end. */}
        <button type="button" className="button button-secondary button-icon ml-auto" aria-label={fill(labels.moveUp, { n })} aria-disabled={first || undefined} onClick={() => !first && onMove(-1)}>
          <Icon node={ArrowUp} />
        </button>
        <button type="button" className="button button-secondary button-icon" aria-label={fill(labels.moveDown, { n })} aria-disabled={last || undefined} onClick={() => !last && onMove(1)}>
          <Icon node={ArrowDown} />
        </button>
        <button type="button" className="button button-secondary button-icon" aria-label={fill(labels.remove, { n })} onClick={onRemove}>
          <Icon node={Trash2} />
        </button>
      </div>
    </li>
  );
}

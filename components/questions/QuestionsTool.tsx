'use client';

import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Question } from '@/content/schema';
import { useFragmentSync } from '@/components/state/useFragmentSync';
import { AnswersForm } from './AnswersForm';
import { AddCustom } from './AddCustom';
import { QuestionItem, type ItemView } from './QuestionItem';
import { ShareBar } from './ShareBar';
import { IgnoredNotice } from '@/components/ui/IgnoredNotice';
import type { QuestionsLabels } from './labels';
import { addCustom, addQuestion, currentList, listAsText, morePool, moveQuestion, removeQuestion, setAnswers } from './listOps';
import { TOP_COUNT } from './select';
import { decodeQuestionsState, emptyState, encodeQuestionsState, type Ignored, type QuestionsState } from './state';

export type ToolQuestion = Question & { href?: string };
type Props = {
  bank: ToolQuestion[];
  /** Question texts in the other languages, for bilingual printing. */
  translations: Record<string, Record<string, Question['question']>>;
  labels: QuestionsLabels;
  /** The whole bank as plain lists, rendered on the server: what readers see without JavaScript. */
  children: ReactNode;
};

export function QuestionsTool({ bank, translations, labels, children }: Props) {
  const [state, setState] = useState<QuestionsState>(emptyState);
  const [ignored, setIgnored] = useState<Ignored[]>([]);
  const [status, setStatus] = useState('');
  const [printMode, setPrintMode] = useState<'full' | 'pocket'>('full');
  const [second, setSecond] = useState<string | null>(null);
  const byId = useMemo(() => new Map(bank.map((q) => [q.id, q])), [bank]);
  const bankIds = useMemo(() => bank.map((q) => q.id), [bank]);

  const ready = useFragmentSync(
    useCallback(
      (hash: string) => {
        const decoded = decodeQuestionsState(hash, bankIds);
        setState(decoded.state);
        setIgnored(decoded.ignored);
      },
      [bankIds],
    ),
    encodeQuestionsState(state),
  );

  const list = currentList(state, bank);
  const more = morePool(state, bank);
  const textOf = (id: string, lang?: string) => {
    const custom = state.custom.find((c) => c.id === id);
    if (custom) return lang ? undefined : custom.text;
    const q = lang ? translations[lang]?.[id] : byId.get(id)?.question;
    return q ? q[state.answers.forWhom] : undefined;
  };
  const items: ItemView[] = list.map((id) => {
    const q = byId.get(id);
    const secondText = second ? textOf(id, second) : undefined;
    return {
      id,
      text: textOf(id) ?? id,
      second: second && secondText ? { lang: second, text: secondText } : undefined,
      details: q ? { why: q.why, goodAnswer: q.goodAnswer, ifWorried: q.ifWorried.text, href: q.href, source: q.source } : undefined,
      custom: !q,
    };
  });

  if (!ready) return <>{children}</>;

  return (
    <div className="questions-tool space-y-8" data-print={printMode}>
      <IgnoredNotice messages={ignored.map((k) => labels.ignored[k])} />
      <AnswersForm answers={state.answers} labels={labels} onChange={(answers) => setState((s) => setAnswers(s, answers))} />

      <section aria-labelledby="list-title">
        <h2 id="list-title" className="text-xl font-bold">{labels.listTitle}</h2>
        <p className="no-print">{labels.listIntro}</p>
        {items.length ? (
          <ol className="mt-4 space-y-4">
            {items.map((item, i) => (
              <QuestionItem
                key={item.id}
                item={item}
                position={i}
                total={items.length}
                top={i < TOP_COUNT}
                note={state.notes[item.id] ?? ''}
                labels={labels}
                onMove={(delta) => {
                  setState((s) => moveQuestion(s, bank, item.id, delta));
                  setStatus(labels.moved.replace('{n}', String(i + 1 + delta)));
                }}
                onRemove={() => {
                  setState((s) => removeQuestion(s, bank, item.id));
                  setStatus(labels.removed);
                }}
                onNote={(text) => setState((s) => ({ ...s, notes: { ...s.notes, [item.id]: text } }))}
              />
            ))}
          </ol>
        ) : (
          <p className="mt-4">{labels.empty}</p>
        )}
        <p role="status" className="no-print mt-2">
          {status}
        </p>
      </section>

      {more.length ? (
        <section aria-labelledby="more-title" className="no-print">
          <h2 id="more-title" className="text-xl font-bold">{labels.moreTitle}</h2>
          <ul className="mt-3 space-y-2">
            {more.map((id) => (
              <li key={id} className="flex flex-wrap items-center justify-between gap-2">
                <span>{textOf(id)}</span>
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={`${labels.addThis}: ${textOf(id)}`}
                  onClick={() => {
                    setState((s) => addQuestion(s, bank, id));
                    setStatus(labels.added);
                  }}
                >
                  {labels.addThis}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <AddCustom
        labels={labels}
        onAdd={(text) => {
          const r = addCustom(state, bank, text);
          if (r.ok) {
            setState(r.state);
            setStatus(labels.added);
          }
          return r.ok ? null : r.reason;
        }}
      />

      <ShareBar
        labels={labels}
        includeNotes={state.includeNotes}
        onIncludeNotes={(on) => setState((s) => ({ ...s, includeNotes: on }))}
        printMode={printMode}
        onPrintMode={setPrintMode}
        secondLanguages={Object.keys(translations)}
        second={second}
        onSecond={setSecond}
        asText={() =>
          listAsText(
            items.map((it) => ({ question: it.text, note: state.includeNotes ? state.notes[it.id]?.trim() || undefined : undefined })),
            labels.pageTitle,
            window.location.href,
          )
        }
        onStartOver={() => {
          setState(emptyState);
          setIgnored([]);
        }}
      />
    </div>
  );
}

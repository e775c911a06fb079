'use client';

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Question } from '@/content/schema';
import { useFragmentSync } from '@/components/state/useFragmentSync';
import { AnswersForm } from './AnswersForm';
import { AddCustom } from './AddCustom';
import { QuestionItem, type ItemView } from './QuestionItem';
import { ActionBar } from './ActionBar';
import { FoldedChoices } from '@/components/ui/FoldedChoices';
import { KeepOnDevice } from './KeepOnDevice';
import { MoreQuestions } from './MoreQuestions';
import { answersSummary, countMessage } from './summary';
import { offerCarry } from '@/components/state/carry';
import { readStored, removeStored, writeStored } from '@/components/state/storage';
import { IgnoredNotice } from '@/components/ui/IgnoredNotice';
import type { QuestionsLabels } from './labels';
import { addCustom, addQuestion, currentList, listAsText, morePool, moveQuestion, removeQuestion, setAnswers } from './listOps';
import { TOP_COUNT } from './select';
import { carriesState, decodeQuestionsState, emptyState, encodeQuestionsState, hasAnswers, questionsStorageKey, type Ignored, type QuestionsState } from './state';

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
  // What the list's live region last said about a change; null until the list first changes.
  const [action, setAction] = useState<string | null>(null);
  // Bumped on every answer change: when the count stays the same, the status text must still
  // change (a trailing no-break space comes and goes) for screen readers to say it again.
  const [changes, setChanges] = useState(0);
  const [printMode, setPrintMode] = useState<'full' | 'pocket'>('full');
  const [second, setSecond] = useState<string | null>(null);
  // The form folds into a summary once answered; `moved` says the user did it, so focus follows.
  const [view, setView] = useState<{ open: boolean; moved: boolean }>({ open: true, moved: false });
  const [remember, setRemember] = useState(false);
  const [storageOk, setStorageOk] = useState(true);
  const [notice, setNotice] = useState('');
  const byId = useMemo(() => new Map(bank.map((q) => [q.id, q])), [bank]);
  const bankIds = useMemo(() => bank.map((q) => q.id), [bank]);
  const stateRef = useRef(state);
  stateRef.current = state;

  // A link with state wins; without one, a list kept on this device (if the user opted in).
  const ready = useFragmentSync(
    useCallback(
      (hash: string) => {
        const stored = readStored(questionsStorageKey);
        setStorageOk(stored.available);
        setRemember(stored.value !== null);
        const decoded = decodeQuestionsState(carriesState(hash) ? hash : (stored.value ?? ''), bankIds);
        setState(decoded.state);
        setIgnored(decoded.ignored);
        setView({ open: !hasAnswers(decoded.state), moved: false });
      },
      [bankIds],
    ),
    encodeQuestionsState(state),
  );

  // The kept copy has the notes: it never leaves this device.
  useEffect(() => {
    if (!ready || !remember) return;
    if (!writeStored(questionsStorageKey, encodeQuestionsState(state, { withNotes: true }))) {
      setStorageOk(false);
      setRemember(false);
    }
  }, [ready, remember, state]);

  // Switching language takes the notes along on this device (see carry.ts).
  useEffect(() => offerCarry(() => encodeQuestionsState(stateRef.current, { withNotes: true })), []);

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
  // Every change to the list is announced with its new length, after what happened if anything did.
  const status = action === null ? '' : [action, countMessage(items.length, labels.listCount)].filter(Boolean).join(' ') + (changes % 2 ? '\u00a0' : '');

  if (!ready) return <>{children}</>;

  function clear() {
    removeStored(questionsStorageKey);
    setRemember(false);
    setState(emptyState);
    setIgnored([]);
    setAction(null);
    setView({ open: true, moved: false });
    setNotice(labels.cleared);
  }

  return (
    <div className="questions-tool space-y-8" data-print={printMode}>
      <IgnoredNotice messages={ignored.map((k) => labels.ignored[k])} />
      {view.open ? (
        <AnswersForm
          answers={state.answers}
          labels={labels}
          focusOnOpen={view.moved}
          onChange={(answers) => {
            setState((s) => setAnswers(s, answers));
            setAction('');
            setChanges((n) => n + 1);
          }}
          onDone={() => {
            setView({ open: false, moved: true });
            setAction((a) => a ?? '');
          }}
        />
      ) : (
        <FoldedChoices
          id="answers-title"
          title={labels.formTitle}
          summary={answersSummary(state.answers, labels)}
          changeLabel={labels.changeAnswers}
          scrollOnShow={view.moved}
          focusButton
          onChange={() => setView({ open: true, moved: true })}
        />
      )}

      <section aria-labelledby="list-title" className="questions-list">
        <h2 id="list-title" className="text-xl font-bold">{labels.listTitle}</h2>
        <p className="no-print">{labels.listIntro}</p>
        <p role="status" className="no-print mt-2 font-semibold">
          {status}
        </p>
        {items.length ? (
          <ol className="mt-3 space-y-3">
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
                  setAction(labels.moved.replace('{n}', String(i + 1 + delta)));
                }}
                onRemove={() => {
                  setState((s) => removeQuestion(s, bank, item.id));
                  setAction(labels.removed);
                }}
                onNote={(text) => setState((s) => ({ ...s, notes: { ...s.notes, [item.id]: text } }))}
              />
            ))}
          </ol>
        ) : (
          <p className="mt-4">{labels.empty}</p>
        )}
        <ActionBar
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
        />
      </section>

      <MoreQuestions
        items={more.map((id) => ({ id, text: textOf(id) ?? id }))}
        labels={labels}
        onAdd={(id) => {
          setState((s) => addQuestion(s, bank, id));
          setAction(labels.added);
        }}
      />

      <AddCustom
        labels={labels}
        onAdd={(text) => {
          const r = addCustom(state, bank, text);
          if (r.ok) {
            setState(r.state);
            setAction(labels.added);
          }
          return r.ok ? null : r.reason;
        }}
      />

      <KeepOnDevice
        labels={labels}
        remember={remember}
        storageOk={storageOk}
        notice={notice}
        onClear={clear}
        onRemember={(on) => {
          setNotice('');
          if (on) setStorageOk(true);
          else removeStored(questionsStorageKey);
          setRemember(on);
        }}
      />
    </div>
  );
}

'use client';

import { useEffect, useReducer, useRef, useState, type DragEvent } from 'react';
import { buttonClass } from '@/components/ui/Button';
import { Callout } from '@/components/ui/Callout';
import { fillTemplate } from '@/components/ui/fillTemplate';
import { canClean, checkerReducer, initialState, isBusy, type Phase } from './checkerState';
import { CheckProgress } from './CheckProgress';
import { CleanedDownload } from './CleanedDownload';
import { CleanForm } from './CleanForm';
import { pickedFromDrop, type Picked } from './dropFiles';
import { FilePicker } from './FilePicker';
import type { CheckerLabels } from './labels';
import { SkippedList } from './SkippedList';
import { StudyCard } from './StudyCard';
import { useCheckerWorker } from './useCheckerWorker';

/**
 * Where focus goes after each step, so a keyboard or screen reader user lands on the news. On
 * 'checking' too: choosing files disables the focused input, and focus would fall to the page's top.
 */
const focusTarget: Partial<Record<Phase, 'results' | 'status' | 'cleaned'>> = { checking: 'status', checked: 'results', cancelled: 'status', checkFailed: 'status', cleared: 'status', cleaned: 'cleaned', cleanFailed: 'status', cleanStopped: 'status' };

/**
 * The checker: choose files, see what their headers say, make a cleaned copy. All the reading
 * and writing happens in a web worker on this device; this component only shows its messages.
 * Without JavaScript none of this shows (`needs-js`); the page says the checker needs it.
 */
export function CheckerTool({ labels }: { labels: CheckerLabels }) {
  const [state, dispatch] = useReducer(checkerReducer, initialState);
  const worker = useCheckerWorker(dispatch);
  const results = useRef<HTMLHeadingElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const cleaned = useRef<HTMLHeadingElement>(null);
  const busy = isBusy(state.phase);
  const [over, setOver] = useState(false);
  const failed = worker.status === 'failed';
  const check = (files: Picked[]) => {
    dispatch({ type: 'start', total: files.length });
    worker.send({ type: 'check', files });
  };
  // The browser's own drop (open or download the file) is stopped on the whole tool, so a drop
  // that misses the dashed area by a little does not take the reader away: anywhere here checks.
  const drag = (e: DragEvent) => {
    e.preventDefault();
    setOver(true);
  };
  const drop = async (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (busy || failed) return;
    const files = await pickedFromDrop(e.dataTransfer);
    if (files.length) check(files);
  };

  useEffect(() => {
    // Only a change of phase moves focus, never a progress tick, and never the first render.
    const target = focusTarget[state.phase];
    if (target) ({ results, status, cleaned })[target].current?.focus();
  }, [state.phase]);

  const waiting = busy && worker.status !== 'ready';
  const message = { cancelled: labels.cancelled, checkFailed: labels.checkFailed, cleanFailed: labels.cleanFailed, cleanStopped: labels.cleanStopped, cleared: labels.cleared }[state.phase as string] ?? '';
  const checked = state.phase !== 'idle' && !busy && state.studies.length + state.skipped.length > 0;
  // A CD's index alone is checked but never cleaned: with no other study there is nothing to copy.
  const cleanable = state.studies.some((s) => !s.dicomdir);

  return (
    // data-worker: the worker's state, for tests that must start listening only once it has loaded.
    <div
      className="checker needs-js no-print space-y-6"
      data-pagefind-ignore
      data-worker={worker.status}
      onDragOver={drag}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={drop}
    >
      <section aria-labelledby="checker-choose" className="space-y-4">
        <h2 id="checker-choose">{labels.chooseTitle}</h2>
        {failed ? <Callout variant="warning"><p>{labels.workerFailed}</p></Callout> : null}
        <FilePicker disabled={busy || failed} over={over && !busy && !failed} labels={labels} onPick={check} />
        <p ref={status} tabIndex={-1} role="status" className="checker-status">
          {waiting ? labels.waiting : state.phase === 'checking' ? labels.progressLabel : message}
        </p>
        {state.phase === 'checking' ? (
          <CheckProgress done={state.done} total={state.total} template={labels.checkProgress} label={labels.progressLabel} cancel={labels.cancel} onCancel={() => { worker.reset(); dispatch({ type: 'cancel' }); }} />
        ) : null}
      </section>

      {state.phase !== 'checking' && state.studies.length + state.skipped.length > 0 ? (
        <section aria-labelledby="checker-results" className="space-y-4">
          <h2 id="checker-results" ref={results} tabIndex={-1}>{labels.resultsTitle}</h2>
          <p>{fillTemplate(labels.summary, { files: state.dicomFiles, studies: state.studies.filter((s) => !s.dicomdir).length, skipped: state.skipped.length })}</p>
          {state.studies.length === 0 ? <p>{labels.noneRead}</p> : null}
          {state.studies.length > 0 && !cleanable ? <p>{labels.nothingToClean}</p> : null}
          {/* Studies are numbered among themselves; a CD's index is named, not numbered. */}
          {state.studies.map((s, i) => <StudyCard key={s.key} study={s} n={state.studies.slice(0, i + 1).filter((x) => !x.dicomdir).length} index={i} labels={labels} />)}
        </section>
      ) : null}
      {state.phase !== 'checking' ? <SkippedList skipped={state.skipped} labels={labels} /> : null}

      {cleanable && canClean(state.phase) ? (
        <section aria-labelledby="checker-clean" className="space-y-4">
          <h2 id="checker-clean">{labels.cleanTitle}</h2>
          <p>{labels.cleanIntro}</p>
          <p>{labels.cleanUids}</p>
          {labels.limits}
          <CleanForm disabled={busy} labels={labels} onClean={(options) => {
            dispatch({ type: 'cleanStart' });
            worker.send({ type: 'clean', options });
          }} />
          {state.phase === 'cleaning' ? (
            <CheckProgress done={state.done} total={state.total} template={labels.cleanProgress} label={labels.cleanTitle} cancel={labels.cancel} onCancel={() => { worker.reset(); dispatch({ type: 'cancel' }); }} />
          ) : null}
          {state.phase === 'cleaned' && state.cleaned ? <CleanedDownload {...state.cleaned} labels={labels} headingRef={cleaned} /> : null}
        </section>
      ) : null}

      {checked ? (
        <p>
          <button type="button" className={buttonClass('secondary')} onClick={() => { worker.reset(); dispatch({ type: 'clear' }); }}>
            {labels.clear}
          </button>
        </p>
      ) : null}
    </div>
  );
}

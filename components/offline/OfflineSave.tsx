'use client';

import { useEffect, useRef, useState } from 'react';
import { fillTemplate } from '@/components/ui/fillTemplate';
import { formatSize, savedLocales, splitAround } from './offlineState';
import { activeScopes, canSaveOffline, fetchSize, OfflineError, removeAll, saveLocale, type OfflineProblem, type OfflineSize } from './serviceWorkers';

/** `numberLocale` formats the size: the language's own number style (Spanish here uses the decimal point, per content/terminology/es.json). */
export type OfflineLabels = Record<'save' | 'alsoSave' | 'size' | 'start' | 'cancel' | 'progressLabel' | 'progress' | 'done' | 'saved' | 'remove' | 'removed' | 'removeFailed' | 'numberLocale' | OfflineProblem, string>;
/** `autonym` for buttons (a reader finds their own language), `name` in the page's language for sentences. */
export type OfflineLanguage = { locale: string; autonym: string; name: string };

type Step = { kind: 'idle' } | { kind: 'confirm'; locale: string; size: OfflineSize } | { kind: 'saving'; locale: string; done: number; total: number };

/** The opt-in offline copy: nothing is registered or stored until "Start saving". */
export function OfflineSave({ locale, languages, labels }: { locale: string; languages: OfflineLanguage[]; labels: OfflineLabels }) {
  const [ready, setReady] = useState(false);
  const [saved, setSaved] = useState<string[]>([]);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [status, setStatus] = useState('');
  const startRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef(false);
  const nameOf = (l: string) => languages.find((x) => x.locale === l)!;
  const codes = languages.map((l) => l.locale);

  const refresh = () => activeScopes().then((scopes) => setSaved(savedLocales(scopes, location.origin, codes)));
  useEffect(() => {
    setReady(true);
    refresh().catch(() => undefined);
  }, []);
  // The button pressed disappears while a step is open: move focus with the step, not to <body>.
  useEffect(() => {
    if (step.kind === 'confirm') startRef.current?.focus();
    else if (step.kind === 'idle' && returnFocus.current) actionsRef.current?.querySelector('button')?.focus();
    returnFocus.current = false;
  }, [step]);

  const fail = (e: unknown) => {
    setStep({ kind: 'idle' });
    setStatus(labels[e instanceof OfflineError ? e.problem : 'failed']);
    statusRef.current?.focus();
  };
  const ask = async (target: string) => {
    setStatus('');
    try {
      const size = await fetchSize(target);
      setStep({ kind: 'confirm', locale: target, size });
      setStatus(fillTemplate(labels.size, { size: formatSize(size.bytes, labels.numberLocale) }));
    } catch (e) {
      fail(e);
    }
  };
  const start = async (target: string, size: OfflineSize) => {
    setStatus('');
    setStep({ kind: 'saving', locale: target, done: 0, total: size.files });
    try {
      await saveLocale(target, size, saved, (done) => setStep({ kind: 'saving', locale: target, done, total: size.files }));
      setSaved((s) => codes.filter((c) => c === target || s.includes(c)));
      setStep({ kind: 'idle' });
      setStatus(fillTemplate(labels.done, { language: nameOf(target).name }));
      statusRef.current?.focus();
    } catch (e) {
      fail(e);
    }
  };
  const remove = async () => {
    const ok = await removeAll().then(
      () => true,
      () => false,
    );
    // Say what is true: what is left on the device is read back, not assumed gone.
    setSaved(ok ? [] : savedLocales(await activeScopes().catch(() => []), location.origin, codes));
    setStatus(ok ? labels.removed : labels.removeFailed);
    statusRef.current?.focus();
  };

  // Until the browser's state is read, the first button holds its place (invisible), so the
  // section does not grow under a reader who arrived at #offline.
  if (!ready)
    return (
      <div className="needs-js invisible" aria-hidden="true">
        <span className="button">{labels.save}</span>
      </div>
    );
  if (!canSaveOffline()) return <p className="font-semibold">{labels.unsupported}</p>;
  const unsaved = languages.filter((l) => !saved.includes(l.locale));
  const busy = step.kind !== 'idle';
  return (
    <div className="space-y-3">
      {saved.length ? <p className="font-semibold">{fillTemplate(labels.saved, { languages: saved.map((l) => nameOf(l).name).join(', ') })}</p> : null}
      {step.kind === 'saving' ? (
        <div>
          <label htmlFor="offline-progress" className="block">
            {labels.progressLabel}: {fillTemplate(labels.progress, { done: step.done, total: step.total })}
          </label>
          <progress id="offline-progress" className="offline-progress" max={step.total} value={step.done} />
        </div>
      ) : null}
      <p role="status" ref={statusRef} tabIndex={-1} className="outline-none">
        {status}
      </p>
      {step.kind === 'confirm' ? (
        <div className="flex flex-wrap gap-3">
          <button type="button" ref={startRef} className="button" onClick={() => start(step.locale, step.size)}>
            {labels.start}
          </button>
          <button type="button" className="button button-secondary" onClick={() => {
              returnFocus.current = true;
              setStep({ kind: 'idle' });
              setStatus('');
            }}>
            {labels.cancel}
          </button>
        </div>
      ) : null}
      {!busy ? (
        <div ref={actionsRef} className="flex flex-wrap gap-3">
          {saved.includes(locale) ? null : (
            <button type="button" className="button" onClick={() => ask(locale)}>
              {labels.save}
            </button>
          )}
          {saved.length
            ? unsaved.filter((l) => l.locale !== locale).map((l) => {
                const [before, after] = splitAround(labels.alsoSave, 'language');
                return (
                  <button key={l.locale} type="button" className="button button-secondary" onClick={() => ask(l.locale)}>
                    {/* One span: .button is a flex box, and bare text runs would become separate items. */}
                    <span>
                      {before}
                      <span lang={l.locale}>{l.autonym}</span>
                      {after}
                    </span>
                  </button>
                );
              })
            : null}
          {saved.length ? (
            <button type="button" className="button button-secondary" onClick={remove}>
              {labels.remove}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

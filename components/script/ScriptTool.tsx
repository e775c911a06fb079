'use client';

import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { deliveryMethods, jurisdictions, type Jurisdiction, type LetterField, type ScriptGoal } from '@/content/scriptInputs';
import { useFragmentSync } from '@/components/state/useFragmentSync';
import { IgnoredNotice } from '@/components/ui/IgnoredNotice';
import { PrintOptions } from '@/components/ui/PrintOptions';
import { ShareActions } from '@/components/ui/ShareActions';
import { fillTemplate } from '@/components/ui/fillTemplate';
import { SourcesList } from '@/components/articles/SourcesList';
import { assembleScript, letterAsText, letterLocale, offeredGoals, spokenAsText, variantOf, type GoalSet } from './assemble';
import { localToday } from './dates';
import { checkFields } from './fields';
import { LetterFields } from './LetterFields';
import { ComplaintBlock } from './ComplaintBlock';
import { CountryChoice } from './CountryChoice';
import { authorityFor, authorityForLetter, countriesByName, type AuthorityTable } from './authority';
import { LetterView } from './LetterView';
import { ScriptView } from './ScriptView';
import type { ScriptLabels } from './labels';
import { decodeScriptState, emptyScriptState, encodeScriptState, type ScriptIgnored, type ScriptState } from './state';

type PrintPart = 'script' | 'letter' | 'followUp';
type Props = {
  locale: string;
  set: GoalSet;
  /** The same content in the other languages, for the side-by-side printed script. */
  others: Record<string, GoalSet>;
  labels: ScriptLabels;
  /** The sourced table of data protection authorities (content/authorities). */
  authorities: AuthorityTable;
  /** Every script and letter, rendered on the server: what readers see without JavaScript. */
  children: ReactNode;
};

const baseFields: LetterField[] = ['name', 'address', 'email', 'phone', 'dob', 'facility', 'record', 'scanDate', 'sent'];

export function ScriptTool({ locale, set, others, labels, authorities, children }: Props) {
  const [state, setState] = useState<ScriptState>(emptyScriptState);
  const [today, setToday] = useState('');
  const [ignored, setIgnored] = useState<ScriptIgnored[]>([]);
  const [status, setStatus] = useState('');
  const [icsStatus, setIcsStatus] = useState('');
  const [printPart, setPrintPart] = useState<PrintPart>('script');
  const [followUp, setFollowUp] = useState<'noAnswer' | 'refused'>('noAnswer');
  const [second, setSecond] = useState<string | null>(null);
  const isOffered = useCallback((g: ScriptGoal, j: Jurisdiction) => !!variantOf(set.goals.find((x) => x.goal === g)!, j), [set]);

  const checked = useMemo(() => checkFields(state.values, today || localToday()), [state.values, today]);
  // Only values that pass their checks go into the address; personal ones only when ticked.
  const ready = useFragmentSync(
    useCallback(
      (hash: string) => {
        setToday(localToday());
        const decoded = decodeScriptState(hash, localToday(), isOffered);
        setState(decoded.state);
        setIgnored(decoded.ignored);
      },
      [isOffered],
    ),
    encodeScriptState({ ...state, values: checked.valid }),
  );

  if (!ready) return <>{children}</>;

  const authority = state.jurisdiction === 'uk' ? authorities.uk : state.jurisdiction === 'eu' ? authorityFor(authorities, state.country) : undefined;
  const letterAuthority = state.jurisdiction === 'eu' && authority ? authorityForLetter(authority, locale) : undefined;
  const goalsHere = state.jurisdiction ? offeredGoals(set.goals, state.jurisdiction) : set.goals.map((g) => g.goal);
  const script = state.goal && state.jurisdiction ? assembleScript({ set, goal: state.goal, jurisdiction: state.jurisdiction, values: checked.valid, today, locale, delivery: state.delivery, offerId: state.offerId, authority: letterAuthority }) : null;
  const secondScript =
    script && second && others[second] ? assembleScript({ set: others[second], goal: script.goal, jurisdiction: script.jurisdiction, values: checked.valid, today, locale: second, delivery: state.delivery, offerId: state.offerId, authority: letterAuthority && authority ? authorityForLetter(authority, second) : undefined }) : null;
  const goalTitle = (g: ScriptGoal) => set.goals.find((x) => x.goal === g)?.title ?? g;
  const names = set.common.jurisdictions;

  function chooseJurisdiction(j: Jurisdiction) {
    setState((s) => {
      if (s.goal && !isOffered(s.goal, j)) {
        setStatus(fillTemplate(labels.notOffered, { goal: goalTitle(s.goal), place: names[j].name }));
        return { ...s, jurisdiction: j, goal: null };
      }
      setStatus('');
      return { ...s, jurisdiction: j };
    });
  }

  async function downloadIcs() {
    if (!script?.deadline) return;
    const d = script.deadline;
    try {
      const { buildReminderIcs } = await import('./ics');
      const facility = checked.valid.facility ?? set.common.letter.facilityFallback;
      const ics = buildReminderIcs({
        due: d.due,
        summary: fillTemplate(labels.icsSummary, { title: script.title }),
        description: fillTemplate(labels.icsDescription, {
          facility,
          sent: d.sentText,
          received: d.receivedText,
          rule: script.citation ?? '',
          url: `${window.location.origin}${window.location.pathname}#g=${script.goal}&j=${script.jurisdiction}`,
        }),
        uid: `${script.goal}-${script.jurisdiction}-${d.due}@before-your-scan`,
        now: new Date(),
        calendarName: labels.pageTitle,
      });
      const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `reminder-${script.goal}-${d.due}.ics`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setIcsStatus(labels.icsDone);
    } catch {
      setIcsStatus(fillTemplate(labels.icsFailed, { due: d.dueText }));
    }
  }

  const partText = () => {
    if (!script) return '';
    if (printPart === 'script') return spokenAsText(script);
    return letterAsText(printPart === 'letter' ? script.letter : script.followUp[followUp]);
  };

  return (
    <div className="script-tool space-y-8" data-print={printPart} data-bilingual={secondScript ? '' : undefined}>
      <IgnoredNotice messages={ignored.map((k) => labels.ignored[k])} />

      <div className="no-print space-y-6">
        <fieldset className="space-y-2">
          <legend className="text-xl font-bold">{labels.goalLegend}</legend>
          {goalsHere.map((g) => {
            const goal = set.goals.find((x) => x.goal === g)!;
            return (
              <label key={g} className="choice flex items-start">
                <input type="radio" name="goal" value={g} checked={state.goal === g} aria-describedby={`goal-${g}-summary`} onChange={() => (setStatus(''), setState((s) => ({ ...s, goal: g })))} />
                <span>
                  <span className="font-semibold">{goal.title}</span>
                  <span id={`goal-${g}-summary`} className="block text-sm">
                    {goal.summary}
                  </span>
                </span>
              </label>
            );
          })}
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="text-xl font-bold">{labels.jurisdictionLegend}</legend>
          {jurisdictions.map((j) => (
            <label key={j} className="choice flex">
              <input type="radio" name="jurisdiction" value={j} checked={state.jurisdiction === j} onChange={() => chooseJurisdiction(j)} />
              {names[j].name}
            </label>
          ))}
        </fieldset>
        {state.jurisdiction === 'eu' ? (
          <CountryChoice countries={countriesByName(authorities, locale)} value={state.country} labels={labels.country} onChange={(country) => setState((s) => ({ ...s, country }))} />
        ) : null}
        <p role="status">{status}</p>
      </div>

      {!script ? (
        <p className="no-print">{labels.chooseBoth}</p>
      ) : (
        <>
          <section aria-labelledby="say-title" className="script-part space-y-4" data-part="script">
            <h2 id="say-title" className="text-2xl font-bold">
              {labels.sayTitle}: {script.title} <span className="font-normal">({script.jurisdictionName})</span>
            </h2>
            {script.citation ? (
              <p>
                <span className="font-semibold">{labels.rule}</span> {script.citation}
              </p>
            ) : null}
            {script.lawNote ? (
              <div className="law-note callout">
                <h3 className="font-bold">{labels.lawNoteTitle}</h3>
                <p>{script.lawNote}</p>
              </div>
            ) : null}
            <div className={secondScript ? 'bilingual grid gap-6 md:grid-cols-2' : undefined}>
              {secondScript ? (
                <>
                  <div lang={locale}>
                    <h3 className="text-lg font-bold">{labels.languageNames[locale]}</h3>
                    <ScriptView script={script} level={4} />
                  </div>
                  <div lang={second!}>
                    <h3 className="text-lg font-bold">{labels.languageNames[second!]}</h3>
                    <ScriptView script={secondScript} level={4} />
                  </div>
                </>
              ) : (
                <ScriptView script={script} />
              )}
            </div>
          </section>

          <section aria-labelledby="letter-title" className="script-part space-y-4" data-part="letter">
            <h2 id="letter-title" className="no-print text-2xl font-bold">
              {labels.letterTitle}
            </h2>
            <LetterFields
              shown={[...baseFields, ...script.extraFields]}
              values={state.values}
              errors={checked.errors}
              today={today}
              dateLocale={letterLocale(locale, script.jurisdiction)}
              labels={labels}
              onChange={(field, value) => setState((s) => ({ ...s, values: { ...s.values, [field]: value } }))}
            />
            <label className="choice no-print flex">
              <input type="checkbox" checked={state.offerId} onChange={(e) => setState((s) => ({ ...s, offerId: e.target.checked }))} />
              {labels.offerId}
            </label>
            <LetterView letter={script.letter} label={script.letter.subject.value} />
            <p className="text-sm">{script.keepCopy}</p>
          </section>

          <section aria-labelledby="deadline-title" className="no-print space-y-3">
            <h2 id="deadline-title" className="text-2xl font-bold">
              {labels.deadlineTitle}
            </h2>
            {script.deadline ? (
              <>
                <p>{labels.dueFromReceipt}</p>
                <fieldset className="space-y-1">
                  <legend className="font-semibold">{labels.deliveryLegend}</legend>
                  {deliveryMethods.map((m) => (
                    <label key={m} className="choice flex">
                      <input type="radio" name="delivery" value={m} checked={state.delivery === m} onChange={() => setState((s) => ({ ...s, delivery: m }))} />
                      {labels.delivery[m]}
                    </label>
                  ))}
                </fieldset>
                <p className="font-semibold" aria-live="polite">
                  {fillTemplate(script.deadline.delivery === 'post' ? labels.duePost : script.deadline.delivery ? labels.dueSameDay : labels.dueUnsure, {
                    sent: script.deadline.sentText,
                    received: script.deadline.receivedText,
                    due: script.deadline.dueText,
                  })}
                </p>
                {script.deadline.sentGiven ? null : <p>{labels.dueTodayNote}</p>}
                {script.deadline.note ? <p>{script.deadline.note}</p> : null}
                <p>{script.deadline.extension}</p>
                {script.deadline.passed ? <p className="font-semibold">{labels.duePassed}</p> : null}
                <p>
                  <button type="button" className="button" onClick={downloadIcs}>
                    {labels.icsButton}
                  </button>
                </p>
                <p role="status">{icsStatus}</p>
              </>
            ) : (
              <p>{labels.noDeadline}</p>
            )}
          </section>

          <section aria-labelledby="followup-title" className="script-part space-y-4" data-part="followUp">
            <h2 id="followup-title" className="no-print text-2xl font-bold">
              {labels.followUpTitle}
            </h2>
            <fieldset className="no-print space-y-2">
              <legend className="font-semibold">{labels.followUpWhich}</legend>
              {(['noAnswer', 'refused'] as const).map((k) => (
                <label key={k} className="choice flex">
                  <input type="radio" name="follow-up" checked={followUp === k} onChange={() => setFollowUp(k)} />
                  {k === 'noAnswer' ? labels.followUpNoAnswer : labels.followUpRefused}
                </label>
              ))}
            </fieldset>
            <LetterView letter={script.followUp[followUp]} label={script.followUp[followUp].subject.value} />
            <ComplaintBlock complaint={script.complaint} place={script.jurisdiction} authority={authority} locale={locale} labels={labels.complaint} />
          </section>

          {script.sources.length || script.complaint.sources.length ? (
            <div className="no-print space-y-2">
              <h2 className="text-xl font-bold">{labels.sourcesTitle}</h2>
              <SourcesList sources={[...script.sources, ...script.complaint.sources.filter((s) => !script.sources.some((x) => x.url === s.url && x.title === s.title))]} inLanguage={labels.inLanguage} />
            </div>
          ) : null}

          <div className="no-print space-y-6">
            <PrintOptions
              title={labels.printTitle}
              name="print-part"
              intro={labels.printWhich}
              options={[
                { value: 'script', label: labels.printScript },
                { value: 'letter', label: labels.printLetter },
                { value: 'followUp', label: labels.printFollowUp },
              ]}
              value={printPart}
              onChange={setPrintPart}
              languages={Object.keys(others).map((lang) => ({ lang, label: labels.printBilingual[lang] }))}
              second={second}
              onSecond={setSecond}
              printLabel={labels.printButton}
            />
            <ShareActions
              labels={{ ...labels, include: labels.includePersonal, includeNote: labels.personalNote }}
              title={labels.pageTitle}
              include={state.includePersonal}
              onInclude={(on) => setState((s) => ({ ...s, includePersonal: on }))}
              asText={partText}
              onStartOver={() => {
                setState(emptyScriptState);
                setIgnored([]);
                setStatus(labels.cleared);
                setIcsStatus('');
              }}
            />
          </div>
        </>
      )}
    </div>
  );
}

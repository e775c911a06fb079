'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Jurisdiction, ScriptGoal } from '@/content/scriptInputs';
import { IgnoredNotice } from '@/components/ui/IgnoredNotice';
import { ShareActions } from '@/components/ui/ShareActions';
import { fillTemplate } from '@/components/ui/fillTemplate';
import { letterAsText, spokenAsText, type GoalSet } from './assemble';
import { assembleFor } from './assembleFor';
import { countriesByName, type AuthorityTable } from './authority';
import { ChoicesSummary } from './ChoicesSummary';
import { CountryChoice } from './CountryChoice';
import { DateStep } from './DateStep';
import { FollowUpStep, type FollowUpKind } from './FollowUpStep';
import type { ScriptLabels } from './labels';
import { LetterStep } from './LetterStep';
import { PlaceAndGoal } from './PlaceAndGoal';
import { SayStep } from './SayStep';
import { ScriptSources } from './ScriptSources';
import { StepNav, StepPager } from './StepNav';
import type { ScriptStep } from './steps';
import { useScriptState } from './useScriptState';

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

/** Which part the print stylesheet keeps for each step: Print prints the step on screen. */
const printPart: Record<ScriptStep, string> = { say: 'script', letter: 'letter', date: 'date', followUp: 'followUp' };

export function ScriptTool({ locale, set, others, labels, authorities, children }: Props) {
  const { ready, state, setState, setField, today, ignored, checked, isOffered, step, setStep, startOver } = useScriptState(set);
  const [status, setStatus] = useState('');
  const [followUp, setFollowUp] = useState<FollowUpKind>('noAnswer');
  const [second, setSecond] = useState<string | null>(null);
  // Next and Previous sit at the foot of a step: the new step's heading takes focus, so keyboard and screen reader users start at its top.
  const focusStep = useRef(false);
  useEffect(() => {
    if (focusStep.current) document.getElementById(`${step}-title`)?.focus();
    focusStep.current = false;
  }, [step]);
  // Place and goal fold into one line once the reader continues, or when a link opens at a named
  // step (s=): a deep link to the letter should land on the letter, not on three screens of choices.
  const [folded, setFolded] = useState<'no' | 'onLoad' | 'byUser'>('no');
  const checkedLink = useRef(false);
  useEffect(() => {
    if (!ready || checkedLink.current) return;
    checkedLink.current = true;
    if (state.goal && state.jurisdiction && state.step !== 'say') setFolded('onLoad');
  }, [ready, state]);
  useEffect(() => {
    if (folded === 'byUser') document.getElementById(`${step}-title`)?.focus({ preventScroll: true });
    // Only when the reader folds the choices; a step change has its own focus handling above.
  }, [folded]);

  if (!ready) return <>{children}</>;

  const pair = second && others[second] ? { lang: second, set: others[second] } : null;
  const { authority, script, secondScript } = assembleFor({ state, values: checked.valid, today, set, locale, authorities, second: pair });
  const update = (patch: Partial<typeof state>) => setState((s) => ({ ...s, ...patch }));
  const goalTitle = (g: ScriptGoal) => set.goals.find((x) => x.goal === g)?.title ?? g;

  function choosePlace(j: Jurisdiction) {
    const dropped = state.goal && !isOffered(state.goal, j) ? state.goal : null;
    setStatus(dropped ? fillTemplate(labels.notOffered, { goal: goalTitle(dropped), place: set.common.jurisdictions[j].name }) : '');
    update(dropped ? { jurisdiction: j, goal: null } : { jurisdiction: j });
  }

  const asText = () => (!script ? '' : step === 'say' ? spokenAsText(script) : letterAsText(step === 'followUp' ? script.followUp[followUp] : script.letter));

  return (
    <div className="script-tool space-y-8" data-print={printPart[step]} data-bilingual={secondScript && step === 'say' ? '' : undefined}>
      <IgnoredNotice messages={ignored.map((k) => labels.ignored[k])} />
      {script && folded !== 'no' ? (
        <ChoicesSummary
          summary={[script.jurisdictionName, authority && state.jurisdiction === 'eu' ? authority.countryName[locale === 'es' ? 'es' : 'en'] : null, script.title].filter(Boolean).join(' · ')}
          labels={labels}
          scrollOnShow={folded === 'byUser'}
          onChange={() => {
            setFolded('no');
            // Back in the form, start at the place: the goals offered depend on it.
            requestAnimationFrame(() => document.querySelector<HTMLInputElement>('input[name="jurisdiction"]:checked')?.focus());
          }}
        />
      ) : (
        <PlaceAndGoal
          set={set}
          jurisdiction={state.jurisdiction}
          goal={state.goal}
          status={status}
          labels={labels}
          onPlace={choosePlace}
          onGoal={(goal) => (setStatus(''), update({ goal }))}
          afterPlace={state.jurisdiction === 'eu' ? <CountryChoice countries={countriesByName(authorities, locale)} value={state.country} labels={labels.country} onChange={(country) => update({ country })} /> : null}
          footer={
            script ? (
              <button type="button" className="button" onClick={() => setFolded('byUser')}>
                {labels.continueToSteps}
              </button>
            ) : null
          }
        />
      )}

      {!script ? (
        state.jurisdiction ? <p className="no-print">{labels.chooseBoth}</p> : null
      ) : (
        <>
          <StepNav current={step} labels={labels.steps} onStep={setStep} />
          {step === 'say' ? <SayStep locale={locale} script={script} secondScript={secondScript} second={second} languages={Object.keys(others)} onSecond={setSecond} labels={labels} /> : null}
          {step === 'letter' ? (
            <LetterStep locale={locale} script={script} values={state.values} errors={checked.errors} today={today} offerId={state.offerId} labels={labels} onField={setField} onOfferId={(offerId) => update({ offerId })} />
          ) : null}
          {step === 'date' ? <DateStep script={script} delivery={state.delivery} facility={checked.valid.facility ?? set.common.letter.facilityFallback} labels={labels} onDelivery={(delivery) => update({ delivery })} /> : null}
          {step === 'followUp' ? <FollowUpStep locale={locale} script={script} authority={authority} which={followUp} onWhich={setFollowUp} labels={labels} /> : null}
          <StepPager current={step} labels={{ ...labels.steps, previous: labels.previous, next: labels.next }} onStep={(s) => ((focusStep.current = true), setStep(s))} />
          <ScriptSources script={script} labels={labels} />
          <div className="no-print">
            <ShareActions
              labels={{ ...labels, include: labels.includePersonal, includeNote: labels.personalNote }}
              title={labels.pageTitle}
              include={state.includePersonal}
              onInclude={(includePersonal) => update({ includePersonal })}
              asText={asText}
              onStartOver={() => (startOver(), setStatus(labels.cleared))}
            />
          </div>
        </>
      )}
    </div>
  );
}

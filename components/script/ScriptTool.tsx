'use client';

import { useRef, useState, type ReactNode } from 'react';
import type { Jurisdiction, ScriptGoal } from '@/content/scriptInputs';
import { IgnoredNotice } from '@/components/ui/IgnoredNotice';
import { ShareActions } from '@/components/ui/ShareActions';
import { fillTemplate } from '@/components/ui/fillTemplate';
import { isGoalSet, letterAsText, spokenAsText, type GoalSet } from './assemble';
import { assembleFor } from './assembleFor';
import { countriesByName, type AuthorityTable } from './authority';
import { FoldedChoices } from '@/components/ui/FoldedChoices';
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
import { useStepFocus } from './useStepFocus';

type Props = {
  locale: string;
  set: GoalSet;
  /**
   * Where the same content in each other language is (its goals.json), for the side-by-side
   * printed script: fetched when a reader asks for it, so the page does not carry it.
   */
  others: Record<string, string>;
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
  const [secondSets, setSecondSets] = useState<Record<string, GoalSet>>({});
  const [secondStatus, setSecondStatus] = useState('');
  const secondRequest = useRef(0);
  const { folded, fold, unfold, focusOnStep } = useStepFocus(ready, state, step);

  if (!ready) return <>{children}</>;

  const pair = second && secondSets[second] ? { lang: second, set: secondSets[second] } : null;
  const { authority, script, secondScript } = assembleFor({ state, values: checked.valid, today, set, locale, authorities, second: pair });
  const update = (patch: Partial<typeof state>) => setState((s) => ({ ...s, ...patch }));
  const goalTitle = (g: ScriptGoal) => set.goals.find((x) => x.goal === g)?.title ?? g;

  function choosePlace(j: Jurisdiction) {
    const dropped = state.goal && !isOffered(state.goal, j) ? state.goal : null;
    setStatus(dropped ? fillTemplate(labels.notOffered, { goal: goalTitle(dropped), place: set.common.jurisdictions[j].name }) : '');
    update(dropped ? { jurisdiction: j, goal: null } : { jurisdiction: j });
  }

  async function chooseSecond(lang: string | null) {
    // Only the reader's latest choice may change the box or the message (tick, untick, tick).
    const id = ++secondRequest.current;
    setSecond(lang);
    setSecondStatus('');
    if (!lang || secondSets[lang]) return;
    setSecondStatus(labels.bilingualLoading[lang] ?? '');
    try {
      const res = await fetch(others[lang]);
      const loaded: unknown = res.ok ? await res.json() : null;
      if (!isGoalSet(loaded)) throw new Error(`goals.json for ${lang}: ${res.status}`);
      setSecondSets((sets) => ({ ...sets, [lang]: loaded }));
      if (id === secondRequest.current) setSecondStatus('');
    } catch {
      if (id !== secondRequest.current) return;
      // Offline without a saved copy, or a host that lost the file: say so and go back to one
      // language rather than print half a page.
      setSecond(null);
      setSecondStatus(labels.bilingualFailed[lang] ?? '');
    }
  }

  const asText = () => (!script ? '' : step === 'say' ? spokenAsText(script) : letterAsText(step === 'followUp' ? script.followUp[followUp] : script.letter));

  return (
    <div className="script-tool space-y-8" data-print={printPart[step]} data-bilingual={secondScript && step === 'say' ? '' : undefined}>
      <IgnoredNotice messages={ignored.map((k) => labels.ignored[k])} />
      {script && folded !== 'no' ? (
        <FoldedChoices
          id="choices-title"
          title={labels.choicesTitle}
          changeLabel={labels.changeChoices}
          summary={[script.jurisdictionName, authority && state.jurisdiction === 'eu' ? authority.countryName[locale === 'es' ? 'es' : 'en'] : null, script.title].filter(Boolean).join(' · ')}
          scrollOnShow={folded === 'byUser'}
          onChange={unfold}
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
              <button type="button" className="button" onClick={fold}>
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
          {step === 'say' ? <SayStep locale={locale} script={script} secondScript={secondScript} second={second} languages={Object.keys(others)} onSecond={chooseSecond} status={secondStatus} labels={labels} /> : null}
          {step === 'letter' ? (
            <LetterStep locale={locale} script={script} values={state.values} errors={checked.errors} today={today} offerId={state.offerId} labels={labels} onField={setField} onOfferId={(offerId) => update({ offerId })} />
          ) : null}
          {step === 'date' ? <DateStep script={script} delivery={state.delivery} facility={checked.valid.facility ?? set.common.letter.facilityFallback} labels={labels} onDelivery={(delivery) => update({ delivery })} /> : null}
          {step === 'followUp' ? <FollowUpStep locale={locale} script={script} authority={authority} which={followUp} onWhich={setFollowUp} labels={labels} /> : null}
          <StepPager current={step} labels={{ ...labels.steps, previous: labels.previous, next: labels.next }} onStep={(s) => (focusOnStep(), setStep(s))} />
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

'use client';

import type { ReactNode } from 'react';
import { jurisdictions, type Jurisdiction, type ScriptGoal } from '@/content/scriptInputs';
import { offeredGoals, type GoalSet } from './assemble';
import type { ScriptLabels } from './labels';

type Props = {
  set: GoalSet;
  jurisdiction: Jurisdiction | null;
  goal: ScriptGoal | null;
  status: string;
  labels: Pick<ScriptLabels, 'jurisdictionLegend' | 'goalLegend' | 'choosePlaceFirst'>;
  onPlace: (j: Jurisdiction) => void;
  onGoal: (g: ScriptGoal) => void;
  /** Shown right after the place: the EEA country, when the place is the EU/EEA. */
  afterPlace?: ReactNode;
  /** After the goals: the button that folds the choices and goes on to the steps. */
  footer?: ReactNode;
};

/** Where the scan is comes first: what a person can ask for depends on the law there, so only those goals are offered. */
export function PlaceAndGoal({ set, jurisdiction, goal, status, labels, onPlace, onGoal, afterPlace, footer }: Props) {
  const names = set.common.jurisdictions;
  return (
    <div className="no-print space-y-6">
      <fieldset className="space-y-2">
        <legend className="text-xl font-bold">{labels.jurisdictionLegend}</legend>
        {jurisdictions.map((j) => (
          <label key={j} className="choice flex">
            <input type="radio" name="jurisdiction" value={j} checked={jurisdiction === j} onChange={() => onPlace(j)} />
            {names[j].name}
          </label>
        ))}
      </fieldset>
      {afterPlace}
      <p role="status">{status}</p>
      <fieldset className="space-y-2">
        <legend className="text-xl font-bold">{labels.goalLegend}</legend>
        {!jurisdiction ? <p>{labels.choosePlaceFirst}</p> : null}
        {(jurisdiction ? offeredGoals(set.goals, jurisdiction) : []).map((g) => {
          const content = set.goals.find((x) => x.goal === g)!;
          return (
            <label key={g} className="choice flex items-start">
              <input type="radio" name="goal" value={g} checked={goal === g} aria-describedby={`goal-${g}-summary`} onChange={() => onGoal(g)} />
              <span>
                <span className="font-semibold">{content.title}</span>
                <span id={`goal-${g}-summary`} className="block text-sm">
                  {content.summary}
                </span>
              </span>
            </label>
          );
        })}
      </fieldset>
      {footer}
    </div>
  );
}

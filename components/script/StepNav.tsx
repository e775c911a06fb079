'use client';

import clsx from 'clsx';
import { fillTemplate } from '@/components/ui/fillTemplate';
import { neighbours, scriptSteps, type ScriptStep } from './steps';

type Props = { current: ScriptStep; labels: Record<ScriptStep | 'label', string>; onStep: (step: ScriptStep) => void };

/** The four steps as native buttons; the one shown is marked for screen readers too. Two columns fit 320 px. */
export function StepNav({ current, labels, onStep }: Props) {
  return (
    <nav aria-label={labels.label} className="no-print">
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {scriptSteps.map((step, i) => (
          <li key={step} className="flex">
            <button
              type="button"
              className={clsx('button button-small w-full justify-start text-left', step !== current && 'button-secondary')}
              aria-current={step === current ? 'step' : undefined}
              onClick={() => onStep(step)}
            >
              <span className="font-bold">{i + 1}</span> {labels[step]}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Previous and Next at the end of a step, named after the step they open. */
export function StepPager({ current, labels, onStep }: { current: ScriptStep; labels: Props['labels'] & { previous: string; next: string }; onStep: (step: ScriptStep) => void }) {
  const { previous, next } = neighbours(current);
  const fill = (template: string, step: ScriptStep) => fillTemplate(template, { step: `${scriptSteps.indexOf(step) + 1} ${labels[step]}` });
  return (
    <div className="no-print flex flex-wrap justify-between gap-3">
      {previous ? (
        <button type="button" className="button button-secondary" onClick={() => onStep(previous)}>
          {fill(labels.previous, previous)}
        </button>
      ) : (
        <span />
      )}
      {next ? (
        <button type="button" className="button" onClick={() => onStep(next)}>
          {fill(labels.next, next)}
        </button>
      ) : null}
    </div>
  );
}

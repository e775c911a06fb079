'use client';

import { useEffect, useRef } from 'react';
import { questionInputs } from '@/content/questionInputs';
import type { Answers } from './select';
import type { QuestionsLabels } from './labels';

type Single = 'scan' | 'body' | 'setting' | 'region';

type Props = { answers: Answers; labels: QuestionsLabels; onChange: (a: Answers) => void; onDone: () => void; focusOnOpen?: boolean };

/**
 * One short form: radio groups with "not sure", worries as checkboxes, and who it is for. The
 * list follows every change; "Show my questions" folds the form into a one-line summary.
 */
export function AnswersForm({ answers, labels, onChange, onDone, focusOnOpen = false }: Props) {
  // Reopened with "Change answers": focus goes to the form's heading, where reading starts.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);
  const radioGroup = (key: Single) => (
    <fieldset key={key} className="answers-group">
      <legend className="font-semibold">{labels.fields[key]}</legend>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
        <label className="choice">
          <input type="radio" name={key} checked={answers[key] === undefined} onChange={() => onChange({ ...answers, [key]: undefined })} />
          {labels.notSure}
        </label>
        {questionInputs[key].map((value) => (
          <label key={value} className="choice">
            <input type="radio" name={key} value={value} checked={answers[key] === value} onChange={() => onChange({ ...answers, [key]: value })} />
            {(labels.options[key] as Record<string, string>)[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <form
      className="no-print space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        onDone();
      }}
      aria-labelledby="answers-title"
    >
      <h2 id="answers-title" ref={heading} tabIndex={-1} className="text-xl font-bold">
        {labels.formTitle}
      </h2>
      {(['scan', 'body', 'setting', 'region'] as const).map(radioGroup)}
      <fieldset className="answers-group">
        <legend className="font-semibold">{labels.fields.worries}</legend>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          {questionInputs.worries.map((w) => (
            <label key={w} className="choice">
              <input
                type="checkbox"
                checked={answers.worries.includes(w)}
                onChange={(e) => onChange({ ...answers, worries: e.target.checked ? [...answers.worries, w] : answers.worries.filter((x) => x !== w) })}
              />
              {labels.options.worries[w]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="answers-group">
        <legend className="font-semibold">{labels.fields.forWhom}</legend>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          {questionInputs.forWhom.map((f) => (
            <label key={f} className="choice">
              <input type="radio" name="forWhom" checked={answers.forWhom === f} onChange={() => onChange({ ...answers, forWhom: f })} />
              {labels.options.forWhom[f]}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button">
        {labels.showList}
      </button>
    </form>
  );
}

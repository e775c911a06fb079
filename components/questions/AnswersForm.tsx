'use client';

import { questionInputs } from '@/content/questionInputs';
import type { Answers } from './select';
import type { QuestionsLabels } from './labels';

type Single = 'scan' | 'body' | 'setting' | 'region';

/** One short form: radio groups with "not sure", worries as checkboxes, and who it is for. */
export function AnswersForm({ answers, labels, onChange }: { answers: Answers; labels: QuestionsLabels; onChange: (a: Answers) => void }) {
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
    <form className="no-print space-y-5" onSubmit={(e) => e.preventDefault()} aria-labelledby="answers-title">
      <h2 id="answers-title" className="text-xl font-bold">{labels.formTitle}</h2>
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
    </form>
  );
}

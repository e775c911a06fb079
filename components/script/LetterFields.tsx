'use client';

import { letterFields, type LetterField } from '@/content/scriptInputs';
import { fillTemplate } from '@/components/ui/fillTemplate';
import type { FieldError } from './fields';
import type { LetterValues } from './fields';
import type { ScriptLabels } from './labels';

type Props = {
  shown: LetterField[];
  values: LetterValues;
  errors: Partial<Record<LetterField, FieldError>>;
  today: string;
  labels: ScriptLabels;
  onChange: (field: LetterField, value: string) => void;
};

/** The optional details for the letters. Nothing is required; a field with a problem says so beside it. */
export function LetterFields({ shown, values, errors, today, labels, onChange }: Props) {
  return (
    <fieldset className="no-print space-y-4 rounded border border-muted p-4">
      <legend className="px-1 text-lg font-bold">{labels.fieldsTitle}</legend>
      <p>{labels.fieldsIntro}</p>
      {shown.map((field) => {
        const spec = letterFields[field];
        const id = `field-${field}`;
        const error = errors[field];
        const value = values[field] ?? '';
        const hint = spec.kind === 'text' ? fillTemplate(labels.maxChars, { max: spec.max }) : undefined;
        const message = error ? fillTemplate(labels.errors[error], { count: value.length, max: spec.kind === 'text' ? spec.max : 0 }) : undefined;
        const describedBy = [hint && `${id}-hint`, message && `${id}-error`].filter(Boolean).join(' ') || undefined;
        const common = {
          id,
          name: field,
          value,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy,
          className: 'mt-1 block w-full rounded border-2 border-ink p-2',
          onChange: (e: { target: { value: string } }) => onChange(field, e.target.value),
        };
        return (
          <div key={field}>
            <label htmlFor={id} className="font-semibold">
              {labels.fields[field]}
            </label>
            {field === 'reason' || field === 'contact' ? (
              <textarea {...common} rows={field === 'reason' ? 4 : 2} />
            ) : spec.kind === 'date' ? (
              <input {...common} type="date" min="1900-01-01" max={field === 'sent' ? undefined : today} />
            ) : (
              <input {...common} type="text" autoComplete={field === 'name' ? 'name' : 'off'} />
            )}
            {hint ? (
              <p id={`${id}-hint`} className="text-sm">
                {hint}
              </p>
            ) : null}
            {message ? (
              <p id={`${id}-error`} className="field-error font-semibold">
                {message}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

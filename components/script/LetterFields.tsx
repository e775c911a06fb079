'use client';

import { letterFields, senderFields, type LetterField } from '@/content/scriptInputs';
import { fillTemplate } from '@/components/ui/fillTemplate';
import { formatDate } from './dates';
import type { FieldError, LetterValues } from './fields';
import type { ScriptLabels } from './labels';

type Props = {
  shown: LetterField[];
  values: LetterValues;
  errors: Partial<Record<LetterField, FieldError>>;
  today: string;
  /** The locale the letter writes dates in (see letterLocale), so the hint shows the same form. */
  dateLocale: string;
  labels: ScriptLabels;
  onChange: (field: LetterField, value: string) => void;
};

const isSender = (f: LetterField) => (senderFields as readonly string[]).includes(f);

/**
 * The optional details for the letters, in two groups: the sender block a reply goes to, and the
 * details that identify the request. Nothing is required; a field with a problem says so beside it.
 */
export function LetterFields({ shown, values, errors, today, dateLocale, labels, onChange }: Props) {
  const field = (f: LetterField) => <FieldInput key={f} field={f} value={values[f] ?? ''} error={errors[f]} today={today} dateLocale={dateLocale} labels={labels} onChange={onChange} />;
  const sender = senderFields.filter((f) => shown.includes(f));
  const rest = shown.filter((f) => !isSender(f));
  return (
    <div className="letter-fields no-print space-y-4">
      <p>{labels.fieldsIntro}</p>
      {sender.length ? (
        <fieldset className="space-y-4 rounded border border-muted p-4">
          <legend className="px-1 text-lg font-bold">{labels.senderTitle}</legend>
          <p className="text-sm">{labels.senderIntro}</p>
          {sender.map(field)}
        </fieldset>
      ) : null}
      {rest.length ? (
        <fieldset className="space-y-4 rounded border border-muted p-4">
          <legend className="px-1 text-lg font-bold">{labels.fieldsTitle}</legend>
          {rest.map(field)}
        </fieldset>
      ) : null}
    </div>
  );
}

/** The browser's own input types: a phone keypad for phone, the @ key for email, a date picker for dates. */
const inputTypes: Partial<Record<LetterField, { type: string; autoComplete: string }>> = {
  name: { type: 'text', autoComplete: 'name' },
  email: { type: 'email', autoComplete: 'email' },
  phone: { type: 'tel', autoComplete: 'tel' },
};
const multiline: Partial<Record<LetterField, { rows: number; autoComplete: string }>> = {
  address: { rows: 3, autoComplete: 'street-address' },
  reason: { rows: 4, autoComplete: 'off' },
  contact: { rows: 2, autoComplete: 'off' },
};

function FieldInput({ field, value, error, today, dateLocale, labels, onChange }: { field: LetterField; value: string; error?: FieldError; today: string; dateLocale: string; labels: ScriptLabels; onChange: Props['onChange'] }) {
  const spec = letterFields[field];
  const id = `field-${field}`;
  const hint =
    spec.kind === 'date'
      ? // The picker's own display follows the browser; the hint says how the letter will print it.
        fillTemplate(labels.dateHint, { example: formatDate(today || '2026-12-01', dateLocale) })
      : fillTemplate(labels.maxChars, { max: spec.max });
  const message = error ? fillTemplate(labels.errors[error], { count: value.length, max: spec.kind === 'date' ? 0 : spec.max }) : undefined;
  const common = {
    id,
    name: field,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [`${id}-hint`, message && `${id}-error`].filter(Boolean).join(' '),
    className: 'mt-1 block w-full rounded border-2 border-control bg-paper p-2',
    onChange: (e: { target: { value: string } }) => onChange(field, e.target.value),
  };
  const area = multiline[field];
  const input = inputTypes[field] ?? { type: 'text', autoComplete: 'off' };
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {labels.fields[field]}
      </label>
      {area ? (
        <textarea {...common} rows={area.rows} autoComplete={area.autoComplete} />
      ) : spec.kind === 'date' ? (
        <input {...common} type="date" min="1900-01-01" max={field === 'sent' ? undefined : today} />
      ) : (
        <input {...common} type={input.type} autoComplete={input.autoComplete} inputMode={field === 'phone' ? 'tel' : undefined} />
      )}
      <p id={`${id}-hint`} className="text-sm">
        {hint}
      </p>
      {message ? (
        <p id={`${id}-error`} className="field-error font-semibold">
          {message}
        </p>
      ) : null}
    </div>
  );
}

import { letterFields, type LetterField } from '@/content/scriptInputs';
import { addDays, parseIsoDate } from './dates';

export type LetterValues = Partial<Record<LetterField, string>>;
export type FieldError = 'tooLong' | 'badDate' | 'future' | 'tooOld' | 'beforeBirth' | 'tooFarAhead';

/** A send date can be planned ahead, but not this far: it is almost surely a typo. */
export const MAX_DAYS_AHEAD = 366;
const EARLIEST = '1900-01-01';

/**
 * Checks the optional letter fields. Valid values pass through; a value with a problem is left
 * out of the letter and named in `errors`, so the page can say why. Text is never cut short:
 * a shortened name or reason could change its meaning. Empty fields are simply absent.
 */
export function checkFields(values: LetterValues, today: string): { valid: LetterValues; errors: Partial<Record<LetterField, FieldError>> } {
  const valid: LetterValues = {};
  const errors: Partial<Record<LetterField, FieldError>> = {};
  for (const key of Object.keys(letterFields) as LetterField[]) {
    const raw = values[key];
    if (raw === undefined || !raw.trim()) continue;
    const spec = letterFields[key];
    if (spec.kind === 'text') {
      if (raw.length > spec.max) errors[key] = 'tooLong';
      else valid[key] = raw.trim();
      continue;
    }
    const date = parseIsoDate(raw);
    if (!date) errors[key] = 'badDate';
    else if (raw < EARLIEST) errors[key] = 'tooOld';
    else if (key === 'sent' ? raw > addDays(today, MAX_DAYS_AHEAD) : raw > today) errors[key] = key === 'sent' ? 'tooFarAhead' : 'future';
    else valid[key] = raw;
  }
  if (valid.dob && valid.scanDate && valid.scanDate < valid.dob) {
    errors.scanDate = 'beforeBirth';
    delete valid.scanDate;
  }
  return { valid, errors };
}

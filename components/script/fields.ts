import { letterFields, type LetterField } from '@/content/scriptInputs';
import { addDays, parseIsoDate } from './dates';

export type LetterValues = Partial<Record<LetterField, string>>;
export type FieldError = 'tooLong' | 'badDate' | 'future' | 'tooOld' | 'beforeBirth' | 'tooFarAhead' | 'badEmail' | 'badPhone';

/**
 * Loose on purpose: one @, something on each side, a dot in the domain, no spaces. A stricter
 * pattern would refuse real addresses; this one catches a phone number typed in the email box.
 */
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Digits with the usual separators and an optional leading +; at least five digits. */
const phoneShape = /^\+?[\d\s().\-/]+$/;

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
    if (spec.kind !== 'date') {
      const value = raw.trim();
      if (raw.length > spec.max) errors[key] = 'tooLong';
      else if (spec.kind === 'email' && !emailShape.test(value)) errors[key] = 'badEmail';
      else if (spec.kind === 'phone' && (!phoneShape.test(value) || (value.match(/\d/g)?.length ?? 0) < 5)) errors[key] = 'badPhone';
      else valid[key] = value;
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

import { describe, expect, it } from 'vitest';
import { letterFields } from '@/content/scriptInputs';
import { checkFields, MAX_DAYS_AHEAD } from './fields';
import { addDays } from './dates';

const today = '2026-11-22';

describe('checkFields', () => {
  it('keeps valid values, trimmed, and leaves empty ones out', () => {
    const r = checkFields({ name: '  Ana López ', facility: '', dob: '1980-05-01', scanDate: '2026-11-01', sent: today, reason: '   ' }, today);
    expect(r).toEqual({ valid: { name: 'Ana López', dob: '1980-05-01', scanDate: '2026-11-01', sent: today }, errors: {} });
  });

  it('refuses text over its limit instead of cutting it', () => {
    for (const [key, spec] of Object.entries(letterFields)) {
      if (spec.kind !== 'text') continue;
      expect(checkFields({ [key]: 'a'.repeat(spec.max) }, today).valid[key as 'name']).toHaveLength(spec.max);
      const over = checkFields({ [key]: 'a'.repeat(spec.max + 1) }, today);
      expect(over.valid).toEqual({});
      expect(over.errors).toEqual({ [key]: 'tooLong' });
    }
  });

  it('keeps markup as plain text: checking is about length, not content', () => {
    const name = '<img src=x onerror=alert(1)> & "Bob" {facility}';
    expect(checkFields({ name }, today).valid.name).toBe(name);
  });

  it('explains impossible dates', () => {
    expect(checkFields({ scanDate: '2026-11-23' }, today).errors).toEqual({ scanDate: 'future' });
    expect(checkFields({ dob: '2027-01-01' }, today).errors).toEqual({ dob: 'future' });
    expect(checkFields({ dob: '2026-02-30' }, today).errors).toEqual({ dob: 'badDate' });
    expect(checkFields({ scanDate: '22/11/2026' }, today).errors).toEqual({ scanDate: 'badDate' });
    expect(checkFields({ dob: '1899-12-31' }, today).errors).toEqual({ dob: 'tooOld' });
    expect(checkFields({ dob: '1990-01-01', scanDate: '1989-12-31' }, today)).toEqual({ valid: { dob: '1990-01-01' }, errors: { scanDate: 'beforeBirth' } });
  });

  it('lets the send date be planned ahead, up to a year', () => {
    expect(checkFields({ sent: addDays(today, MAX_DAYS_AHEAD) }, today).errors).toEqual({});
    expect(checkFields({ sent: addDays(today, MAX_DAYS_AHEAD + 1) }, today).errors).toEqual({ sent: 'tooFarAhead' });
    expect(checkFields({ sent: '2026-01-02' }, today).valid.sent).toBe('2026-01-02');
  });

  it('checks that an email and a phone look like one, loosely', () => {
    const ok = checkFields({ email: ' ana.lopez+scan@correo.example.es ', phone: '+34 (600) 12-34-56' }, today);
    expect(ok).toEqual({ valid: { email: 'ana.lopez+scan@correo.example.es', phone: '+34 (600) 12-34-56' }, errors: {} });
    for (const email of ['ana', 'ana@', '@example.com', 'ana @example.com', 'ana@example', '600 123 456']) expect(checkFields({ email }, today).errors, email).toEqual({ email: 'badEmail' });
    expect(checkFields({ email: `${'a'.repeat(250)}@b.co` }, today).errors).toEqual({ email: 'tooLong' });
    for (const phone of ['call me', '1234', '+34 600 abc', '<b>555 0100</b>']) expect(checkFields({ phone }, today).errors, phone).toEqual({ phone: 'badPhone' });
  });
});

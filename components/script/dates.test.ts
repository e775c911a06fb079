import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addWorkingDays, dueDate, formatDate, likelyReceipt, localToday, parseIsoDate } from './dates';

describe('calendar dates', () => {
  it('accepts only real days in yyyy-mm-dd form', () => {
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-1-5', '05/01/2026', '', '2026-01-01T00:00', 'abcd-ef-gh']) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
  });

  it('adds calendar days across months, years and leap days', () => {
    expect(addDays('2026-11-22', 30)).toBe('2026-12-22');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    // Daylight-saving changes cannot shift a date: the arithmetic is in UTC.
    expect(addDays('2026-03-01', 60)).toBe('2026-04-30');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('adds months to the same day, or the last day of a shorter month', () => {
    expect(addMonths('2026-11-22', 1)).toBe('2026-12-22');
    expect(addMonths('2026-12-31', 1)).toBe('2027-01-31');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-08-31', 3)).toBe('2026-11-30');
  });

  it('computes due dates from a rule: 30 or 60 days (US) or one month (GDPR)', () => {
    expect(dueDate('2026-11-22', { amount: 30, unit: 'days' })).toBe('2026-12-22');
    expect(dueDate('2026-11-22', { amount: 60, unit: 'days' })).toBe('2027-01-21');
    expect(dueDate('2027-01-31', { amount: 1, unit: 'months' })).toBe('2027-02-28');
  });

  it('counts working days, skipping weekends', () => {
    expect(addWorkingDays('2026-11-23', 3)).toBe('2026-11-26'); // Monday → Thursday
    expect(addWorkingDays('2026-11-26', 3)).toBe('2026-12-01'); // Thursday → Tuesday, over a weekend
    expect(addWorkingDays('2026-11-28', 3)).toBe('2026-12-02'); // posted on a Saturday
    expect(addWorkingDays('2026-12-30', 3)).toBe('2027-01-04'); // across the new year
    expect(addWorkingDays('2026-11-23', 0)).toBe('2026-11-23');
  });

  it('starts the clock on the likely day of receipt: same day in person or online, 3 working days by post', () => {
    expect(likelyReceipt('2026-11-23', 'hand')).toBe('2026-11-23');
    expect(likelyReceipt('2026-11-23', 'online')).toBe('2026-11-23');
    expect(likelyReceipt('2026-11-23', null)).toBe('2026-11-23');
    expect(likelyReceipt('2026-11-27', 'post')).toBe('2026-12-02'); // Friday → Wednesday
  });

  it('counts each way of sending to its due date, at month ends too', () => {
    // US access: 30 days after receipt (45 CFR 164.524(b)(2)).
    expect(dueDate(likelyReceipt('2026-11-27', 'post'), { amount: 30, unit: 'days' })).toBe('2027-01-01');
    expect(dueDate(likelyReceipt('2026-11-27', 'online'), { amount: 30, unit: 'days' })).toBe('2026-12-27');
    // GDPR: one month after receipt; posted on 28 Jan, received 2 Feb → due 2 Mar.
    expect(dueDate(likelyReceipt('2027-01-28', 'post'), { amount: 1, unit: 'months' })).toBe('2027-03-02');
    // Handed in on 31 January: one month later is the last day of February.
    expect(dueDate(likelyReceipt('2027-01-31', 'hand'), { amount: 1, unit: 'months' })).toBe('2027-02-28');
    // Posted on Friday 29 January 2027: arrives Wednesday 3 February, due 3 March.
    expect(dueDate(likelyReceipt('2027-01-29', 'post'), { amount: 1, unit: 'months' })).toBe('2027-03-03');
  });

  it('formats a date in each language without shifting the day', () => {
    expect(formatDate('2026-01-01', 'en')).toBe('January 1, 2026');
    expect(formatDate('2026-01-01', 'es')).toBe('1 de enero de 2026');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it("reads today's date in the user's own time zone", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

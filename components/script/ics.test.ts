import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildReminderIcs, type Reminder } from './ics';

const reminder: Reminder = {
  due: '2026-12-22',
  summary: 'Reply due: <script>alert(1)</script>; copies, please \\ now',
  description: 'You sent it to "St. Mary\'s; Clinic, Ward 3" on 22 November.\nRule: 45 CFR 164.524. <img src=x onerror=alert(1)>',
  uid: 'access-us-2026-12-22@before-your-scan',
  now: new Date(Date.UTC(2026, 10, 22, 10, 30)),
  calendarName: 'Before Your Scan',
};

describe('buildReminderIcs', () => {
  const text = buildReminderIcs(reminder);
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);

  it('parses back to one all-day event on the due date', () => {
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-22');
    expect(event.uid).toBe(reminder.uid);
    expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-22T10:30:00Z');
  });

  it('keeps typed text literal, escaped as RFC 5545 requires', () => {
    expect(event.summary).toBe(reminder.summary);
    expect(event.description).toBe(reminder.description);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Reply due: <script>alert(1)</script>\\; copies\\, please \\\\ now\r\n');
    expect(unfolded).toContain('Ward 3" on 22 November.\\nRule:');
  });

  it('folds long lines and uses CRLF', () => {
    const long = buildReminderIcs({ ...reminder, description: 'word '.repeat(100) });
    for (const line of long.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });

  it('rings at 9:00 on the day', () => {
    const alarm = event.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    const trigger = alarm.getFirstProperty('trigger')!;
    expect(trigger.getParameter('related')).toBe('START');
    expect(trigger.getFirstValue()?.toString()).toBe('PT9H');
  });

  it('refuses an impossible date', () => {
    expect(() => buildReminderIcs({ ...reminder, due: '2026-02-30' })).toThrow(RangeError);
  });
});

import ical, { ICalAlarmType, ICalAlarmRelatesTo } from 'ical-generator';
import { parseIsoDate } from './dates';

export type Reminder = {
  /** yyyy-mm-dd: the day the reply is due. */
  due: string;
  summary: string;
  description: string;
  /** Stable per goal and date, so downloading twice updates one event instead of adding two. */
  uid: string;
  /** When the file is made; DTSTAMP must be UTC. */
  now: Date;
  calendarName: string;
};

/**
 * An iCalendar (RFC 5545) file with one all-day event on the due date and a display alarm at
 * 9:00 that morning. ical-generator escapes text as the RFC requires (backslash, semicolon,
 * comma, newline) and folds long lines, so anything a user typed stays literal text.
 */
export function buildReminderIcs(r: Reminder): string {
  const start = parseIsoDate(r.due);
  if (!start) throw new RangeError(`not a date: ${r.due}`);
  const cal = ical({ prodId: { company: 'Before Your Scan', product: 'Script', language: 'EN' }, name: r.calendarName });
  const event = cal.createEvent({
    id: r.uid,
    stamp: r.now,
    // A UTC midnight Date: the library writes its UTC calendar day, so the date never shifts.
    start,
    allDay: true,
    summary: r.summary,
    description: r.description,
  });
  // Set after creation: passed in the constructor data, relatesTo is overwritten and the alarm
  // would fire 9 hours after the event ends instead of at 9:00 on the day.
  event.createAlarm({ type: ICalAlarmType.display, triggerAfter: 9 * 3600, description: r.summary }).relatesTo(ICalAlarmRelatesTo.start);
  return cal.toString();
}

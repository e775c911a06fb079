// Calendar dates as yyyy-mm-dd strings, the form <input type="date"> uses. All arithmetic is on
// the calendar (UTC), never on local clocks, so a due date cannot shift by a day across time zones.

const iso = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date as a UTC Date, or null when it is malformed or not a real day (2026-02-30). */
export function parseIsoDate(value: string): Date | null {
  const m = iso.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

export const toIsoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Today in the user's own time zone, as yyyy-mm-dd. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(value: string, days: number): string {
  const date = parseIsoDate(value);
  if (!date) throw new RangeError(`not a date: ${value}`);
  return toIsoDate(new Date(date.getTime() + days * 86_400_000));
}

/**
 * The same day n months later; when that month is shorter, its last day (31 Jan + 1 month =
 * 28 or 29 Feb). This is how the ICO counts "one month" for data protection requests.
 */
export function addMonths(value: string, months: number): string {
  const date = parseIsoDate(value);
  if (!date) throw new RangeError(`not a date: ${value}`);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return toIsoDate(new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay))));
}

/** Monday to Friday: the days post moves. Public holidays vary by place and are not counted. */
export function addWorkingDays(value: string, days: number): string {
  let d = value;
  for (let left = days; left > 0; ) {
    d = addDays(d, 1);
    const weekday = parseIsoDate(d)!.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return d;
}

/** Post is counted as arriving this many working days after it is sent: a cautious estimate. */
export const POST_WORKING_DAYS = 3;

/**
 * The likely day the organisation receives the request, which is when the legal clock starts
 * (45 CFR 164.524(b)(2), 164.528(c)(1), GDPR Art. 12(3)): the same day when handed in or sent
 * through a portal or by email, a few working days later by post. Unknown means the same day.
 */
export function likelyReceipt(sent: string, delivery: 'hand' | 'online' | 'post' | null): string {
  return delivery === 'post' ? addWorkingDays(sent, POST_WORKING_DAYS) : sent;
}

export function dueDate(received: string, deadline: { amount: number; unit: 'days' | 'months' }): string {
  return deadline.unit === 'days' ? addDays(received, deadline.amount) : addMonths(received, deadline.amount);
}

/** "22 November 2026" / "22 de noviembre de 2026", read as a calendar date. */
export function formatDate(value: string, locale: string): string {
  const date = parseIsoDate(value);
  return date ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date) : value;
}

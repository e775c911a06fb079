// Review dates: when a page was published, last reviewed, and when its next review is due.
// Pure functions, shared by the build's checks and the pages that show the dates.

export type ReviewDates = { published: string; lastReviewed: string; nextReview: string };

/** Law moves: a page that cites law is reviewed within a year; other pages within three. */
export const reviewLimitMonths = { legal: 12, other: 36 } as const;

function plusMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** What is wrong with a page's dates, as messages for the field named; empty when they are fine. */
export function reviewDateProblems(dates: ReviewDates, legal: boolean): string[] {
  const problems: string[] = [];
  if (dates.published > dates.lastReviewed) problems.push(`published (${dates.published}) is after lastReviewed (${dates.lastReviewed})`);
  if (dates.nextReview <= dates.lastReviewed) problems.push(`nextReview (${dates.nextReview}) must be after lastReviewed (${dates.lastReviewed})`);
  const months = legal ? reviewLimitMonths.legal : reviewLimitMonths.other;
  const latest = plusMonths(dates.lastReviewed, months);
  if (dates.nextReview > latest) {
    problems.push(`nextReview (${dates.nextReview}) is more than ${months} months after lastReviewed; ${legal ? 'a page that cites law' : 'a page'} must be reviewed by ${latest}`);
  }
  return problems;
}

/** True when the page's next review date has passed (today is yyyy-mm-dd). */
export const isOverdue = (dates: Pick<ReviewDates, 'nextReview'>, today: string) => dates.nextReview < today;

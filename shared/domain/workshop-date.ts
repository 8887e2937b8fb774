/**
 * A workshop is dated near the day it is set up: a year like 1900 or 2200 is a typing slip, and
 * it would sort the workshop to the far end of the list and mislabel every follow-up trend.
 * Kept out of the `WorkshopDraft` schema because it needs today's date, which shared code never
 * reads itself: callers pass their clock's day.
 */
export const WORKSHOP_DATE_YEARS = 5;

/** Adds whole years to a YYYY-MM-DD date; 29 February lands on 28 February in a common year. */
function shiftYears(isoDate: string, years: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const target = year + years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(target, 4)}-${pad(month)}-${pad(Math.min(day, lastDay))}`;
}

/** The first and last dates a workshop set up on `today` may carry (both included). */
export function workshopDateRange(today: string): { earliest: string; latest: string } {
  return {
    earliest: shiftYears(today, -WORKSHOP_DATE_YEARS),
    latest: shiftYears(today, WORKSHOP_DATE_YEARS),
  };
}

/**
 * Null when `date` (YYYY-MM-DD) lies within five years of `today`, else the message a form shows
 * beside the date field. ISO dates compare correctly as strings.
 */
export function workshopDateProblem(date: string, today: string): string | null {
  const { earliest, latest } = workshopDateRange(today);
  if (date >= earliest && date <= latest) return null;
  return `must be between ${earliest} and ${latest}, within ${WORKSHOP_DATE_YEARS} years of today`;
}

/** Today's date as YYYY-MM-DD in UTC, the way the services read their clock. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

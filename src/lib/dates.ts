/**
 * Dates as the content writes them: calendar dates as YYYY-MM-DD (ISO 8601), counted in UTC. The one
 * place dates are made, read and compared; pure apart from `today`, and it imports nothing of the site.
 */

/** The units a period of time can be stated in as a number and a unit: "30 days". */
export const durationUnits = ['days', 'weeks', 'months', 'years'] as const;

/** A period of time as a number and a unit, which each language words itself: "30 dage", "30 days". */
export interface Duration {
  amount: number;
  unit: (typeof durationUnits)[number];
}

/** YYYY-MM-DD: the shape of every date in the content. */
export const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The date of a moment, as YYYY-MM-DD (UTC). */
const isoDateOf = (moment: Date) => moment.toISOString().slice(0, 10);

/** The date of a moment given in seconds since 1970 (as git gives it), as YYYY-MM-DD (UTC). */
export const dateOfSeconds = (seconds: number) => isoDateOf(new Date(seconds * 1000));

/** Today as YYYY-MM-DD. */
export const today = () => isoDateOf(new Date());

/** The moment a YYYY-MM-DD date begins: midnight UTC. */
export const startOfDay = (date: string) => new Date(`${date}T00:00:00Z`);

/** Whether a YYYY-MM-DD text is a date the calendar has: 2026-02-30 is not. */
export function isCalendarDate(date: string): boolean {
  const moment = startOfDay(date);
  return !Number.isNaN(moment.valueOf()) && isoDateOf(moment) === date;
}

/**
 * A date written the Danish way, day first ("23-11-2026", "23.11.2026", "23/11/2026"), as YYYY-MM-DD;
 * undefined for any other text and for a day the calendar does not have.
 */
export function isoFromDanishDate(text: string): string | undefined {
  const [, day, month, year] = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text.trim()) ?? [];
  if (!day || !month || !year) return undefined;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : undefined;
}

/** The same date a year later; 29 February plus a year rolls over to 1 March, which is still "a year later". */
export function yearAfter(date: string): string {
  const moment = startOfDay(date);
  moment.setUTCFullYear(moment.getUTCFullYear() + 1);
  return isoDateOf(moment);
}

/** The newest among ISO dates or moments (as text they sort as time does), or undefined when there are none. */
export function newestDate(dates: readonly string[]): string | undefined {
  return dates.reduce<string | undefined>(
    (newest, date) => (newest === undefined || date > newest ? date : newest),
    undefined,
  );
}

/** The months' names in Danish, as a date in Danish prose writes them. */
export const danishMonthNames = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

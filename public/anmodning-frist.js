// @ts-check
// When the answer to a request is due: one month after it was sent (art. 12(3)). The one implementation:
// public/anmodning.js shows the date in the browser, and src/lib/rights-request re-exports it for the unit
// tests. Plain JavaScript, since the browser runs this file as it is. Dates are ISO days ("2027-01-31"),
// counted in UTC so no time zone or summer time moves a day.

/** @param {number} year @param {number} month 1–12 */
const daysInMonth = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** @param {number} value */
const twoDigits = (value) => String(value).padStart(2, '0');

/**
 * The day one month after `sent`: the same date in the next month, or that month's last day when it has
 * no such date (31 January → 28 February, or 29 February in a leap year). Undefined for no valid day.
 * @param {string} sent
 * @returns {string | undefined}
 */
export function answerDue(sent) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(sent);
  if (!match) return undefined;
  const [year, month, day] = [match[1], match[2], match[3]].map(Number);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const [dueYear, dueMonth] = month === 12 ? [year + 1, 1] : [year, month + 1];
  const dueDay = Math.min(day, daysInMonth(dueYear, dueMonth));
  return `${dueYear}-${twoDigits(dueMonth)}-${twoDigits(dueDay)}`;
}

/**
 * Today in the reader's own time zone, as an ISO day.
 * @param {Date} now
 */
export const isoDay = (now) =>
  `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;

/**
 * ISO days in words in the locale's own way, as the site writes every date: "28. februar 2027",
 * "28 February 2027". Also the site's server-side date format (src/i18n/phrases.ts).
 * @param {string} locale
 * @returns {(day: string) => string}
 */
export function dayFormatter(locale) {
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (day) => format.format(new Date(`${day}T00:00:00Z`));
}

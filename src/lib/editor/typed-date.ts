import { danishMonthNames, isCalendarDate } from '../dates';

/**
 * A date as an editor types it in the web editor's date fields: the Danish way, dd-mm-åååå or
 * dd.mm.åååå, or as the file writes it, åååå-mm-dd. Read strictly and never reinterpreted: a day the
 * calendar does not have is refused with a message naming the field and the value, never rolled over.
 */
/** The name the web editor's date field is registered under with Decap. */
export const typedDateWidget = 'typed-date';

export type TypedDate = { date: string } | { problem: string };

const danishForm = /^(\d{1,2})([-.])(\d{1,2})\2(\d{4})$/;
const fileForm = /^(\d{4})-(\d{2})-(\d{2})$/;

const twoDigits = (part: string) => part.padStart(2, '0');

/** "28-11-2026" → "2026-11-28", or the problem in Danish: "Sidst gennemgået: 31-02-2026 findes ikke …". */
export function readTypedDate(text: string, label: string): TypedDate {
  const typed = text.trim();
  const danish = danishForm.exec(typed);
  const file = fileForm.exec(typed);
  const parts = danish
    ? { day: danish[1]!, month: danish[3]!, year: danish[4]! }
    : file && { day: file[3]!, month: file[2]!, year: file[1]! };
  if (!parts)
    return {
      problem: `${label}: »${typed}« er ikke en dato. Skriv den som dd-mm-åååå, fx 28-11-2026.`,
    };
  const date = `${parts.year}-${twoDigits(parts.month)}-${twoDigits(parts.day)}`;
  if (isCalendarDate(date)) return { date };
  const month = Number(parts.month);
  if (month < 1 || month > 12)
    return { problem: `${label}: ${typed} findes ikke: måneden skal være fra 01 til 12. Ret måneden.` };
  const days = new Date(Date.UTC(Number(parts.year), month, 0)).getUTCDate();
  return {
    problem: `${label}: ${typed} findes ikke: ${danishMonthNames[month - 1]} ${parts.year} har ${days} dage. Ret dagen.`,
  };
}

/** "2026-11-28" → "28-11-2026": a date of the file as the form shows it; any other text as it is. */
export function typedDateOf(value: string): string {
  const file = fileForm.exec(value);
  return file && isCalendarDate(value) ? `${file[3]}-${file[2]}-${file[1]}` : value;
}

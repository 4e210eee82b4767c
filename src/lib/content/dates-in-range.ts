import { da } from '../../i18n/dictionaries/da';
import { isCalendarDate, isoDatePattern, yearAfter } from '../dates';
import type { ContentProblem } from './errors';

/** The day the GDPR began to apply: no notice under it was published or reviewed before. */
export const gdprApplies = '2018-05-25';

/** How far after the last review a review may be set: further is a mistyped year, not a plan. */
const longestReviewInterval = 5;

type DateProblem = Omit<ContentProblem, 'file'>;

/** The text of a field when it is a date that exists; its schema tells any other value. */
const dateIn = (value: unknown) =>
  typeof value === 'string' && isoDatePattern.test(value) && isCalendarDate(value) ? value : undefined;

const quoted = (date: string) => `"${date}"`;

/** The date `years` years after `date`, as YYYY-MM-DD. */
const yearsAfter = (date: string, years: number) =>
  Array.from({ length: years }).reduce<string>((later) => yearAfter(later), date);

/** A date that happened: on or after the day the GDPR applied and not after today. */
function pastDateProblem(field: string, date: string, today: string, what: string): DateProblem[] {
  if (date < gdprApplies)
    return [
      {
        field,
        message: `${quoted(date)} er før ${da.formatDate(gdprApplies)}, da databeskyttelsesforordningen kom til at gælde. Skriv ${what} (tidligst ${gdprApplies})`,
      },
    ];
  if (date > today)
    return [
      {
        field,
        message: `${quoted(date)} er en dato i fremtiden. Skriv ${what} (senest dagens dato, ${today})`,
      },
    ];
  return [];
}

/**
 * The dates of a notice's frontmatter, as written, that exist but cannot be right for their field: a change
 * or review before the GDPR applied or after `today`, a review before the notice's first change, a review
 * due before the last review or more than five years after it. Reads the frontmatter even where it has
 * other errors, so these come in the same run; a date that does not exist is the schema's to tell.
 */
export function implausibleDates(frontmatter: Record<string, unknown>, today: string): DateProblem[] {
  const changes = Array.isArray(frontmatter.changes) ? (frontmatter.changes as unknown[]) : [];
  const changeDates = changes.map((change) =>
    dateIn(typeof change === 'object' && change !== null && 'date' in change ? change.date : undefined),
  );
  const problems = changeDates.flatMap((date, index) =>
    date
      ? pastDateProblem(`changes[${index}].date`, date, today, 'den dag, ændringen blev offentliggjort')
      : [],
  );
  const lastReviewed = dateIn(frontmatter.lastReviewed);
  if (lastReviewed) {
    // Only a change date in range bounds the review: one out of range is told on its own.
    const firstChange = changeDates
      .filter((date) => date !== undefined && date >= gdprApplies && date <= today)
      .sort()[0];
    const reviewProblems = pastDateProblem(
      'lastReviewed',
      lastReviewed,
      today,
      'den dag, oplysningen sidst blev gennemgået',
    );
    if (reviewProblems.length === 0 && firstChange && lastReviewed < firstChange)
      reviewProblems.push({
        field: 'lastReviewed',
        message: `${quoted(lastReviewed)} er før oplysningens første ændring, ${firstChange}. Skriv den dag, oplysningen sidst blev gennemgået (tidligst ${firstChange})`,
      });
    problems.push(...reviewProblems);
  }
  const reviewBy = dateIn(frontmatter.reviewBy);
  if (reviewBy && lastReviewed) {
    const latest = yearsAfter(lastReviewed, longestReviewInterval);
    if (reviewBy < lastReviewed)
      problems.push({
        field: 'reviewBy',
        message: `${quoted(reviewBy)} er før sidste gennemgang (lastReviewed, ${lastReviewed}). Skriv en senere dato, eller slet reviewBy, så gælder 12 måneder efter sidste gennemgang`,
      });
    else if (reviewBy > latest)
      problems.push({
        field: 'reviewBy',
        message: `${quoted(reviewBy)} er mere end ${longestReviewInterval} år efter sidste gennemgang (lastReviewed, ${lastReviewed}). Tjek året, og skriv en dato senest ${latest}`,
      });
  }
  return problems;
}

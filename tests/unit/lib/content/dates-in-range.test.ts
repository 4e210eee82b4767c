import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkContent } from '@/lib/content/check';
import { formatProblem } from '@/lib/content/errors';

import { inCopyOfValidContent, placeFixture } from '../../helpers';

const video = 'purposes/testmyndighed/videoovervaagning.md';
const file = `content/${video}`;

/** The problems of the valid fixture set, its notices complete and untranslated, after the dates of videoovervaagning.md are replaced. */
function problemsWithDates(replacements: Record<string, string>, today = '2026-11-24') {
  return inCopyOfValidContent((root) => {
    placeFixture(root, 'incomplete/complete.md', 'purposes/testmyndighed/minimal.md');
    // Its translation names the Danish changes by date; these tests are about the Danish file alone.
    rmSync(path.join(root, 'translations/en', video));
    const target = path.join(root, video);
    let text = readFileSync(target, 'utf8');
    for (const [written, by] of Object.entries(replacements)) text = text.replace(written, by);
    writeFileSync(target, text);
    return checkContent(root, 'content', { today }).problems.map(formatProblem);
  });
}

describe('dates in range for their field', () => {
  it('accepts changes and a review from the day the GDPR applied to today', () => {
    expect(
      problemsWithDates({
        '  - date: 2026-11-23': '  - date: 2018-05-25',
        'lastReviewed: 2026-11-23': 'lastReviewed: 2026-11-24',
      }),
    ).toEqual([]);
  });

  it('refuses a review date from before the GDPR, such as the one a mistyped date became', () => {
    expect(problemsWithDates({ 'lastReviewed: 2026-11-23': 'lastReviewed: 1906-11-28' })).toEqual([
      `${file}, linje 34: lastReviewed (sidst gennemgået): "1906-11-28" er før 25. maj 2018, da databeskyttelsesforordningen kom til at gælde. Skriv den dag, oplysningen sidst blev gennemgået (tidligst 2018-05-25)`,
    ]);
  });

  it('refuses a review date in the future', () => {
    expect(problemsWithDates({ 'lastReviewed: 2026-11-23': 'lastReviewed: 2126-11-23' })).toEqual([
      `${file}, linje 34: lastReviewed (sidst gennemgået): "2126-11-23" er en dato i fremtiden. Skriv den dag, oplysningen sidst blev gennemgået (senest dagens dato, 2026-11-24)`,
    ]);
  });

  it('refuses a review before the notice’s first change', () => {
    expect(problemsWithDates({ 'lastReviewed: 2026-11-23': 'lastReviewed: 2026-11-20' })).toEqual([
      `${file}, linje 34: lastReviewed (sidst gennemgået): "2026-11-20" er før oplysningens første ændring, 2026-11-23. Skriv den dag, oplysningen sidst blev gennemgået (tidligst 2026-11-23)`,
    ]);
  });

  it('refuses a change before the GDPR and one in the future, each once', () => {
    expect(
      problemsWithDates({
        '  - date: 2026-11-23\n    note: Offentliggjort.':
          '  - date: 2017-11-23\n    note: Offentliggjort.\n  - date: 2026-11-30\n    note: Ændret.',
      }),
    ).toEqual([
      `${file}, linje 36: changes (ændringer), punkt 1, date (dato): "2017-11-23" er før 25. maj 2018, da databeskyttelsesforordningen kom til at gælde. Skriv den dag, ændringen blev offentliggjort (tidligst 2018-05-25)`,
      `${file}, linje 38: changes (ændringer), punkt 2, date (dato): "2026-11-30" er en dato i fremtiden. Skriv den dag, ændringen blev offentliggjort (senest dagens dato, 2026-11-24)`,
    ]);
  });

  it('takes today from the check, so a date is in the future only until its day', () => {
    const later = { 'lastReviewed: 2026-11-23': 'lastReviewed: 2026-12-01' };
    expect(problemsWithDates(later, '2026-12-01')).toEqual([]);
  });

  it('refuses a review due before the last review or more than five years after it', () => {
    const reviewBy = (date: string) =>
      problemsWithDates({ 'lastReviewed: 2026-11-23': `lastReviewed: 2026-11-23\nreviewBy: ${date}` });
    expect(reviewBy('2026-01-01')).toEqual([
      `${file}, linje 35: reviewBy (gennemgås senest): "2026-01-01" er før sidste gennemgang (lastReviewed, 2026-11-23). Skriv en senere dato, eller slet reviewBy, så gælder 12 måneder efter sidste gennemgang`,
    ]);
    expect(reviewBy('2062-11-23')).toEqual([
      `${file}, linje 35: reviewBy (gennemgås senest): "2062-11-23" er mere end 5 år efter sidste gennemgang (lastReviewed, 2026-11-23). Tjek året, og skriv en dato senest 2031-11-23`,
    ]);
    expect(reviewBy('2031-11-23')).toEqual([]);
  });

  it('quotes a date that does not exist as the editor wrote it, and a date written day first as it should be', () => {
    expect(
      problemsWithDates({
        '  - date: 2026-11-23': '  - date: 2026-02-31',
        'lastReviewed: 2026-11-23': 'lastReviewed: 23-11-2026',
      }),
    ).toEqual([
      `${file}, linje 34: lastReviewed (sidst gennemgået): "23-11-2026" er ikke en dato skrevet som ÅÅÅÅ-MM-DD. Skriv den som 2026-11-23`,
      `${file}, linje 36: changes (ændringer), punkt 1, date (dato): "2026-02-31" er ikke en dato, der findes. Tjek dag og måned`,
    ]);
  });

  it('tells a date out of range in the same run as another field’s error', () => {
    expect(
      problemsWithDates({
        'lastReviewed: 2026-11-23': 'lastReviewed: 2126-11-23',
        'order: 2': 'order: to',
      }),
    ).toEqual([
      `${file}, linje 4: order (rækkefølge): skal være et tal, men er en tekst. Skriv et tal, fx 3`,
      `${file}, linje 34: lastReviewed (sidst gennemgået): "2126-11-23" er en dato i fremtiden. Skriv den dag, oplysningen sidst blev gennemgået (senest dagens dato, 2026-11-24)`,
    ]);
  });
});

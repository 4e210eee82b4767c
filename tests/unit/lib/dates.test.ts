import { describe, expect, it } from 'vitest';

import { isCalendarDate, isoDatePattern, isoFromDanishDate, newestDate, today, yearAfter } from '@/lib/dates';

describe('the dates of the content', () => {
  it('writes today as YYYY-MM-DD', () => {
    expect(today()).toMatch(isoDatePattern);
  });

  it('knows the dates the calendar has, and not 30 February or month 13', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
  });

  it('reads a date written day first as YYYY-MM-DD, and not a day the calendar lacks', () => {
    expect(isoFromDanishDate('23-11-2026')).toBe('2026-11-23');
    expect(isoFromDanishDate('1.2.2027')).toBe('2027-02-01');
    expect(isoFromDanishDate('31/12/2026')).toBe('2026-12-31');
    expect(isoFromDanishDate('31-02-2026')).toBeUndefined();
    expect(isoFromDanishDate('2026-11-23')).toBeUndefined();
  });

  it('counts a year on, from 29 February to 1 March', () => {
    expect(yearAfter('2026-11-23')).toBe('2027-11-23');
    expect(yearAfter('2028-02-29')).toBe('2029-03-01');
  });

  it('finds the newest date, and none in an empty list', () => {
    expect(newestDate(['2026-01-01', '2026-03-01', '2026-02-01'])).toBe('2026-03-01');
    expect(newestDate([])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';

import { readTypedDate, typedDateOf } from '@/lib/editor/typed-date';

const label = 'Sidst gennemgået';

describe('a date typed in the web editor', () => {
  it.each([
    ['28-11-2026', '2026-11-28'],
    ['28.11.2026', '2026-11-28'],
    ['1-3-2026', '2026-03-01'],
    [' 29-02-2028 ', '2028-02-29'],
    ['2026-11-28', '2026-11-28'],
  ])('"%s" is read as %s', (typed, date) => {
    expect(readTypedDate(typed, label)).toEqual({ date });
  });

  it('is refused, never rolled over, when the day does not exist in its month', () => {
    expect(readTypedDate('31-02-2026', label)).toEqual({
      problem: 'Sidst gennemgået: 31-02-2026 findes ikke: februar 2026 har 28 dage. Ret dagen.',
    });
    expect(readTypedDate('2026-04-31', 'Dato')).toEqual({
      problem: 'Dato: 2026-04-31 findes ikke: april 2026 har 30 dage. Ret dagen.',
    });
  });

  it('is refused when the month does not exist', () => {
    expect(readTypedDate('12-13-2026', label)).toEqual({
      problem: 'Sidst gennemgået: 12-13-2026 findes ikke: måneden skal være fra 01 til 12. Ret måneden.',
    });
  });

  it.each(['28/11/2026', '28-11-26', '28-11.2026', 'i morgen', '2026-1-5'])(
    '"%s" is refused with the form to write it in',
    (typed) => {
      expect(readTypedDate(typed, label)).toEqual({
        problem: `Sidst gennemgået: »${typed}« er ikke en dato. Skriv den som dd-mm-åååå, fx 28-11-2026.`,
      });
    },
  );
});

describe('a date of the file in the form', () => {
  it('is shown the Danish way', () => {
    expect(typedDateOf('2026-11-28')).toBe('28-11-2026');
  });

  it('is shown as written when it is not a date the calendar has', () => {
    expect(typedDateOf('2026-02-31')).toBe('2026-02-31');
    expect(typedDateOf('31-02-2026')).toBe('31-02-2026');
  });
});

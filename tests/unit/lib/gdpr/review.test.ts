import { describe, expect, it } from 'vitest';

import { isReviewOverdue, lastUpdated, reviewDue } from '@/lib/gdpr/review';

describe('review dates', () => {
  it('are due 12 months after the last review by default', () => {
    expect(reviewDue({ lastReviewed: '2026-11-23' })).toBe('2027-11-23');
  });

  it('follow reviewBy when it is given', () => {
    expect(reviewDue({ lastReviewed: '2026-11-23', reviewBy: '2027-03-01' })).toBe('2027-03-01');
  });

  it('are overdue the day after they are due, not before', () => {
    expect(isReviewOverdue({ lastReviewed: '2025-11-23' }, '2026-11-23')).toBe(false);
    expect(isReviewOverdue({ lastReviewed: '2025-11-23' }, '2026-11-24')).toBe(true);
  });
});

describe('the date a notice was last updated', () => {
  it('is its newest change, whatever the order of the list', () => {
    expect(
      lastUpdated({
        changes: [
          { date: '2026-01-05', note: 'a' },
          { date: '2026-11-23', note: 'b' },
          { date: '2026-03-01', note: 'c' },
        ],
      }),
    ).toBe('2026-11-23');
  });
});

import { describe, expect, it } from 'vitest';

import { loadContent } from '@/lib/content/load';
import { noticeStatus } from '@/lib/notice-status';

import { inCopyOfValidContent, placeFixture } from '../helpers';

/** The notice of a fixture in incomplete/, loaded as the site loads it. */
const noticeFrom = (fixture: string) =>
  inCopyOfValidContent((root) => {
    placeFixture(root, `incomplete/${fixture}`, 'purposes/testmyndighed/regel.md');
    const testmyndighed = loadContent(root).authorities.find(
      (authority) => authority.slug === 'testmyndighed',
    );
    return testmyndighed!.notices.find((notice) => notice.slug === 'regel')!;
  });

const complete = noticeFrom('complete.md');
const today = '2026-12-01';

describe('the status of a notice', () => {
  it('is complete when the notice states every element and has no errors', () => {
    expect(noticeStatus(complete, 0, today)).toMatchObject({ state: 'complete', declaredGaps: 0 });
  });

  it('counts the gaps the notice declares', () => {
    expect(noticeStatus(noticeFrom('gap-declared.md'), 0, today)).toMatchObject({
      state: 'declaredGaps',
      declaredGaps: 1,
    });
  });

  it('has errors when the notice’s page has errors in the content check', () => {
    expect(noticeStatus(complete, 1, today).state).toBe('errors');
  });

  it('has errors when the notice leaves out a required element without declaring it', () => {
    expect(noticeStatus(noticeFrom('missing-retention.md'), 0, today).state).toBe('errors');
  });

  it('has errors, and no review date, when the notice’s file does not load', () => {
    expect(noticeStatus(undefined, 1, today)).toEqual({ state: 'errors', declaredGaps: 0 });
  });

  it('says when the review is due and whether that day has passed', () => {
    expect(noticeStatus(complete, 0, '2027-11-23').review).toEqual({ due: '2027-11-23', overdue: false });
    expect(noticeStatus(complete, 0, '2027-11-24').review).toEqual({ due: '2027-11-23', overdue: true });
  });
});

import { describe, expect, it } from 'vitest';

import { noticeSectionIds } from '@/lib/section-ids';

import { noticeWith, sectionView } from './examples';

describe('the retention section', () => {
  it('gives the period and the criteria', () => {
    const view = sectionView(
      noticeWith({ retention: { period: '30 dage', criteria: 'Optagelserne slettes automatisk.' } }),
      noticeSectionIds.retention,
    );
    expect(view.text).toBe('Opbevaring Periode: 30 dage Optagelserne slettes automatisk.');
  });

  it('words a period of a number and a unit in the page’s language', () => {
    const view = sectionView(
      noticeWith({ retention: { duration: { amount: 30, unit: 'days' } } }),
      noticeSectionIds.retention,
    );
    expect(view.text).toBe('Opbevaring Periode: 30 dage');
  });

  it('says the retention is not published, with the reason of the declared gap', () => {
    const reason = 'Opbevaringsperioden er ikke fastlagt.';
    const view = sectionView(
      noticeWith({ knownGaps: [{ element: 'retention', reason }] }),
      noticeSectionIds.retention,
    );
    expect(view.text).toBe(`Opbevaring Ikke offentliggjort: ${reason}`);
  });
});

import { describe, expect, it } from 'vitest';

import { noticeSectionIds } from '@/lib/section-ids';

import { noticeWith, sectionView } from './examples';

describe('the automated decisions section', () => {
  it('explains automated decisions where they are used', () => {
    const view = sectionView(
      noticeWith({ automatedDecisions: { used: true, explanation: 'Et system vurderer ansøgningen.' } }),
      noticeSectionIds.automatedDecisions,
    );
    expect(view.text).toBe('Automatiske afgørelser Et system vurderer ansøgningen.');
  });

  it('says none are made where the notice says so', () => {
    const view = sectionView(
      noticeWith({ automatedDecisions: { used: false } }),
      noticeSectionIds.automatedDecisions,
    );
    expect(view.text).toContain('Vi træffer ikke afgørelser alene på grundlag af automatisk behandling');
  });

  it('says openly when the notice declares it as a gap, with the gap’s reason', () => {
    const reason = 'Styrelsens side siger ikke, om der træffes automatiske afgørelser.';
    const view = sectionView(
      noticeWith({ knownGaps: [{ element: 'automatedDecisions', reason }] }),
      noticeSectionIds.automatedDecisions,
    );
    expect(view.text).toBe(`Automatiske afgørelser Ikke offentliggjort: ${reason}`);
  });
});

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

  it('says openly when the notice does not say', () => {
    const view = sectionView(noticeWith(), noticeSectionIds.automatedDecisions);
    expect(view.text).toContain('Ikke offentliggjort: Det fremgår ikke');
    expect(view.text).not.toContain('Vi træffer ikke');
  });
});

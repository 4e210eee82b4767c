import { describe, expect, it } from 'vitest';

import { noticeSectionIds } from '@/lib/section-ids';

import { noticeWith, sectionView } from './examples';

const reason = 'Det fremgår ikke, om oplysningerne overføres.';

describe('the transfers section', () => {
  it('lists each transfer with its safeguard', () => {
    const view = sectionView(
      noticeWith({ transfers: [{ recipient: 'Myndighederne i Norge', safeguard: '45' }] }),
      noticeSectionIds.transfers,
    );
    expect(view.headings).toEqual(['Overførsel til lande uden for EU og EØS']);
    expect(view.listItems).toEqual([
      'Myndighederne i Norge. Overførslen sker efter databeskyttelsesforordningens artikel 45 (EU-Kommissionen har vurderet, at landet har et tilstrækkeligt beskyttelsesniveau).',
    ]);
  });

  it('says the transfers are not published, with the reason of the declared gap', () => {
    const view = sectionView(
      noticeWith({ knownGaps: [{ element: 'transfers', reason }] }),
      noticeSectionIds.transfers,
    );
    expect(view.text).toBe(`Overførsel til lande uden for EU og EØS Ikke offentliggjort: ${reason}`);
  });

  it('reads an empty list as: no transfers', () => {
    const view = sectionView(noticeWith({ transfers: [] }), noticeSectionIds.transfers);
    expect(view.text).toContain('Vi overfører ikke oplysningerne');
    expect(view.text).not.toContain('Ikke offentliggjort');
  });
});

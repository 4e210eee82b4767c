import { describe, expect, it } from 'vitest';

import { noticeSectionIds } from '@/lib/section-ids';

import { noticeWith, sectionView } from './examples';

const reason = 'Det fremgår ikke af kilderne, hvor oplysningerne kommer fra.';
const gap = { knownGaps: [{ element: 'sources' as const, reason }] };

describe('the sources section', () => {
  it('lists each source under its kind', () => {
    const view = sectionView(
      noticeWith({
        sources: [
          { kind: 'dataSubject', description: 'Det, du skriver i ansøgningen.' },
          { kind: 'publicRegister', description: 'CPR-registeret.' },
        ],
      }),
      noticeSectionIds.sources,
    );
    expect(view.headings).toEqual(['Hvor stammer oplysningerne fra']);
    expect(view.terms).toEqual([
      'Dig selv: Det, du skriver i ansøgningen.',
      'Offentlige registre: CPR-registeret.',
    ]);
    expect(view.text).not.toContain('Ikke offentliggjort');
  });

  it('says the sources are not published, with the reason of the declared gap', () => {
    const view = sectionView(noticeWith(gap), noticeSectionIds.sources);
    expect(view.headings).toEqual(['Hvor stammer oplysningerne fra']);
    expect(view.text).toContain(`Ikke offentliggjort: ${reason}`);
  });

  it('treats an empty list as not stated: the gap note, never an empty section', () => {
    const view = sectionView(noticeWith({ sources: [], ...gap }), noticeSectionIds.sources);
    expect(view.terms).toEqual([]);
    expect(view.text).toBe(`Hvor stammer oplysningerne fra Ikke offentliggjort: ${reason}`);
  });
});

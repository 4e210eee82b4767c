import { describe, expect, it } from 'vitest';

import { noticeSectionIds } from '@/lib/section-ids';

import { noticeWith, sectionView } from './examples';

const reason = 'Kategorierne fremgår ikke af kilderne.';
const gap = { knownGaps: [{ element: 'dataCategories' as const, reason }] };

describe('the data categories section', () => {
  it('lists each category under its kind, and whom the data is about', () => {
    const view = sectionView(
      noticeWith({
        dataCategories: [
          { kind: 'ordinary', description: 'Navn og adresse.' },
          { kind: 'cpr', description: 'Dit CPR-nummer.' },
        ],
        dataSubjects: ['Ansøgere'],
      }),
      noticeSectionIds.dataCategories,
    );
    expect(view.headings).toEqual(['Kategorier af oplysninger']);
    expect(view.terms).toEqual([
      'Almindelige personoplysninger: Navn og adresse.',
      'CPR-nummer: Dit CPR-nummer.',
    ]);
    expect(view.listItems).toEqual(['Ansøgere']);
  });

  it('says the categories are not published, with the reason, and still says whom the data is about', () => {
    const view = sectionView(
      noticeWith({ dataSubjects: ['Ansøgere'], ...gap }),
      noticeSectionIds.dataCategories,
    );
    expect(view.text).toContain(`Ikke offentliggjort: ${reason}`);
    expect(view.listItems).toEqual(['Ansøgere']);
  });

  it('treats an empty list as not stated', () => {
    const view = sectionView(noticeWith({ dataCategories: [], ...gap }), noticeSectionIds.dataCategories);
    expect(view.terms).toEqual([]);
    expect(view.text).toBe(`Kategorier af oplysninger Ikke offentliggjort: ${reason}`);
  });
});

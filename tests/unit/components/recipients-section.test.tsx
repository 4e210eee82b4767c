import { describe, expect, it } from 'vitest';

import { noticeSectionIds } from '@/lib/section-ids';

import { noticeWith, sectionView } from './examples';

const reason = 'Modtagerne fremgår ikke af kilderne.';

describe('the recipients section', () => {
  it('lists each recipient with the reason where given', () => {
    const view = sectionView(
      noticeWith({
        recipients: [
          { name: 'Politiet', reason: 'ved mistanke om en forbrydelse' },
          { name: 'Kammeradvokaten' },
        ],
      }),
      noticeSectionIds.recipients,
    );
    expect(view.headings).toEqual(['Modtagere']);
    expect(view.listItems).toEqual(['Politiet – ved mistanke om en forbrydelse', 'Kammeradvokaten']);
  });

  it('says the recipients are not published, with the reason of the declared gap', () => {
    const view = sectionView(
      noticeWith({ knownGaps: [{ element: 'recipients', reason }] }),
      noticeSectionIds.recipients,
    );
    expect(view.listItems).toEqual([]);
    expect(view.text).toBe(`Modtagere Ikke offentliggjort: ${reason}`);
  });

  it('reads an empty list as: nobody receives the data', () => {
    const view = sectionView(noticeWith({ recipients: [] }), noticeSectionIds.recipients);
    expect(view.text).toBe('Modtagere Vi videregiver ikke oplysningerne til andre.');
  });
});

import { describe, expect, it } from 'vitest';

import { noticeSectionIds } from '@/components/notice/notice-page-sections';
import type { Purpose } from '@/lib/content';

import { noticePageFor, noticeSection, noticeWith } from './examples';
import { readerView } from './reader-view';

const reason = 'Det fremgår ikke af kilderne, hvor oplysningerne kommer fra.';
const sourcesOf = (notice: Purpose) =>
  readerView(noticeSection(noticePageFor(notice), noticeSectionIds.sources));

describe('the sources section', () => {
  it('lists each source under its kind', () => {
    const view = sourcesOf(
      noticeWith({
        sources: [
          { kind: 'dataSubject', description: 'Det, du skriver i ansøgningen.' },
          { kind: 'publicRegister', description: 'CPR-registeret.' },
        ],
      }),
    );
    expect(view.headings).toEqual(['Hvor stammer oplysningerne fra']);
    expect(view.terms).toEqual([
      'Dig selv: Det, du skriver i ansøgningen.',
      'Offentlige registre: CPR-registeret.',
    ]);
  });

  it('says the sources are not published when the gap is declared', () => {
    const view = sourcesOf(noticeWith({ knownGaps: [{ element: 'sources', reason }] }));
    expect(view.headings).toEqual(['Hvor stammer oplysningerne fra']);
    expect(view.text).toContain('ikke offentliggjort');
  });

  it('says the sources are not published when the list is empty and the gap is declared', () => {
    const view = sourcesOf(noticeWith({ sources: [], knownGaps: [{ element: 'sources', reason }] }));
    expect(view.terms).toEqual([]);
    expect(view.text).toContain('ikke offentliggjort');
  });
});

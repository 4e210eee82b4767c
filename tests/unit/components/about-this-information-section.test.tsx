import { describe, expect, it } from 'vitest';

import { noticePageSections } from '@/components/notice/notice-page-sections';
import { sectionsFor } from '@/components/page-sections';
import { noticeSectionIds } from '@/lib/section-ids';

import { noticePageFor, noticeSection, noticeWith, sectionView } from './examples';

const sourceNotes = [
  'Styrelsens danske side angiver artikel 6, stk. 1, litra e, som retsgrundlag.',
  'Den engelske udgave af siden angiver samtykke; her følger vi den danske side.',
];

describe('the "Om disse oplysninger" section', () => {
  it('shows each note about the sources as its own paragraph under its heading', () => {
    const view = sectionView(noticeWith({ sourceNotes }), noticeSectionIds.aboutThisInformation);
    expect(view.headings).toEqual(['Om disse oplysninger']);
    expect(view.text).toBe(`Om disse oplysninger ${sourceNotes.join(' ')}`);
  });

  it('comes last on the page, and not at all on a notice without notes', () => {
    const withNotes = sectionsFor(noticePageSections, noticePageFor(noticeWith({ sourceNotes })));
    expect(withNotes.at(-1)?.id).toBe(noticeSectionIds.aboutThisInformation);
    const page = noticePageFor(noticeWith());
    expect(noticeSection(page, noticeSectionIds.aboutThisInformation)).toBeUndefined();
  });
});

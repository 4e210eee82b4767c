import { describe, expect, it } from 'vitest';

import { GapSummary } from '@/components/notice/gap-summary';
import { unpublishedElements } from '@/components/notice/notice-page-sections';
import { authoritySectionIds, noticeSectionIds } from '@/lib/section-ids';
import type { Authority, Notice } from '@/lib/site-content';

import { authorityWith, noticeWith } from './examples';
import { readerView } from './reader-view';

const summaryOf = (notice: Notice, authority: Authority = authorityWith()) =>
  readerView(<GapSummary authority={authority} gaps={unpublishedElements(notice)} />);

// Declared out of page order, to show that the summary follows the page.
const noticeWithGaps = noticeWith({
  legalBases: [{ article: '6(1)(e)' }],
  dataCategories: [{ kind: 'ordinary', description: 'Navn.' }],
  sources: [{ kind: 'publicAuthority', description: 'Politiet.' }],
  recipients: [],
  automatedDecisions: { used: false },
  knownGaps: [
    { element: 'retention', reason: 'Perioden er ikke fastlagt.' },
    { element: 'transfers', reason: 'Det fremgår ikke.' },
  ],
});

describe('the summary of what a notice does not publish', () => {
  it('names exactly the declared gaps, in page order, each linked to its section', () => {
    const view = summaryOf(noticeWithGaps);
    expect(view.headings).toEqual(['Oplysninger, der ikke er offentliggjort']);
    expect(view.text).toContain(
      'Testmyndigheden har ikke offentliggjort: overførsel til lande uden for EU/EØS og opbevaringsperiode.',
    );
    expect(view.links.slice(0, 2)).toEqual([
      { text: 'overførsel til lande uden for EU/EØS', href: `#${noticeSectionIds.transfers}` },
      { text: 'opbevaringsperiode', href: `#${noticeSectionIds.retention}` },
    ]);
  });

  it('points to the data protection officer', () => {
    expect(summaryOf(noticeWithGaps).links.at(-1)).toEqual({
      text: 'Testmyndighedens databeskyttelsesrådgiver',
      href: `#${authoritySectionIds.dpo}`,
    });
  });

  it('points to the website and the contact section where the DPO’s contact is a gap too', () => {
    const authority = authorityWith({
      dpoContact: undefined,
      knownGaps: [{ element: 'dpoContact', reason: 'Ikke fundet.' }],
    });
    const view = summaryOf(noticeWithGaps, authority);
    expect(view.text).toContain(
      'Kontaktoplysningerne til Testmyndighedens databeskyttelsesrådgiver er heller ikke offentliggjort her.',
    );
    expect(view.links.slice(2)).toEqual([
      { text: 'test.example', href: 'https://www.test.example' },
      { text: 'Kontakt Testmyndigheden', href: `#${authoritySectionIds.contact}` },
    ]);
  });

  it('points only to the website where neither contact is published', () => {
    const authority = authorityWith({
      controllerContact: undefined,
      dpoContact: undefined,
      knownGaps: [
        { element: 'controllerContact', reason: 'Ikke fundet.' },
        { element: 'dpoContact', reason: 'Ikke fundet.' },
      ],
    });
    expect(summaryOf(noticeWithGaps, authority).links.slice(2)).toEqual([
      { text: 'test.example', href: 'https://www.test.example' },
    ]);
  });

  it('is absent from a notice that publishes everything', () => {
    const complete = noticeWith({
      ...noticeWithGaps,
      knownGaps: undefined,
      transfers: [],
      retention: { period: '5 år' },
    });
    expect(summaryOf(complete).text).toBe('');
  });
});

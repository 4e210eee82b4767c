import { describe, expect, it } from 'vitest';

import { renderMarkdown } from '@/lib/content/markdown';
import type { Notice } from '@/lib/content/types';
import { compareNotices, textOfHtml } from '@/lib/notice-comparison';

import { loadValidFixture } from '../helpers';

const older = loadValidFixture().authorities[0]!.notices.find(
  (notice) => notice.slug === 'videoovervaagning',
)!;

describe('the comparison of two versions of a notice', () => {
  it('finds nothing changed between a version and itself', () => {
    expect(compareNotices(older, older)).toEqual({ sections: [], changes: [] });
  });

  it('lists facts added and removed per section, and the change notes written in between', () => {
    const newer: Notice = {
      ...older,
      recipients: [{ name: 'Politiet', reason: 'efterforskning' }, { name: 'Ankestyrelsen' }],
      legalBases: [{ article: '6(1)(c)', law: 'testloven § 2' }],
      retention: { duration: { amount: 60, unit: 'days' } },
      changes: [...older.changes, { date: '2026-12-01', note: 'Ny modtager.' }],
    };
    const { sections, changes } = compareNotices(older, newer);
    expect(sections.map(({ section, added, removed }) => ({ section, added, removed }))).toEqual([
      {
        section: 'legalBasis',
        added: [{ field: 'legalBases', item: { article: '6(1)(c)', law: 'testloven § 2' } }],
        removed: [{ field: 'legalBases', item: { article: '6(1)(e)', law: 'testloven § 1' } }],
      },
      {
        section: 'recipients',
        added: [{ field: 'recipients', item: { name: 'Ankestyrelsen' } }],
        removed: [],
      },
      {
        section: 'retention',
        added: [{ field: 'retentionPeriod', item: { amount: 60, unit: 'days' } }],
        removed: [{ field: 'retentionPeriod', item: '30 dage efter optagelsen' }],
      },
    ]);
    expect(changes).toEqual([{ date: '2026-12-01', note: 'Ny modtager.' }]);
  });

  it('shows changed wording word by word, the body as its text', () => {
    const newer: Notice = {
      ...older,
      purpose: 'At skabe tryghed.',
      body: renderMarkdown('## Om optagelserne\n\nVi gemmer **ikke** lyd.'),
    };
    const olderWithBody = { ...older, body: renderMarkdown('## Om optagelserne\n\nVi gemmer lyd.') };
    const { sections } = compareNotices(olderWithBody, newer);
    expect(sections.map(({ section, wording }) => ({ section, wording }))).toEqual([
      {
        section: 'text',
        wording: [
          {
            field: 'body',
            parts: [
              { text: 'Om optagelserne Vi gemmer ' },
              { text: 'ikke ', change: 'added' },
              { text: 'lyd.' },
            ],
          },
        ],
      },
      {
        section: 'legalBasis',
        wording: [
          {
            field: 'purpose',
            parts: [
              { text: 'At skabe ' },
              { text: 'sikkerhed', change: 'removed' },
              { text: 'tryghed', change: 'added' },
              { text: '.' },
            ],
          },
        ],
      },
    ]);
  });

  it('reads the text of sanitised HTML', () => {
    expect(textOfHtml('<h2 id="a">Fisk &amp; <em>fugl</em></h2><p>&lt;1&gt; &#x27;x&#x27;</p>')).toBe(
      "Fisk & fugl <1> 'x'",
    );
  });
});

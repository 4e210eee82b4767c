import { describe, expect, it } from 'vitest';

import { changeKind, listChanges } from '@/lib/changes';

import { contentWithChanges as content } from './content-with-changes';

describe('the list of notice changes', () => {
  it('lists every change newest first, keeping content order within a day', () => {
    expect(listChanges(content).map((change) => change.key)).toEqual([
      'a/x/2026-03-01/1',
      'a/y/2026-03-01/1',
      'a/y/2026-03-01/2',
      'b/z/2026-02-01/1',
      'a/x/2026-01-10/1',
    ]);
  });

  it('lists one authority’s changes when asked', () => {
    expect(listChanges(content, 'b')).toEqual([
      {
        key: 'b/z/2026-02-01/1',
        date: '2026-02-01',
        instant: expect.stringMatching(/^2026-02-01T/) as string,
        note: 'Modtagere <tilføjet>',
        kind: 'published',
        changed: [],
        authority: { slug: 'b', name: 'Myndighed B & co' },
        noticeTitle: 'Formål z',
        path: '/b/z',
      },
    ]);
  });

  it('tells a change in the processing from a publication and a change of the text alone', () => {
    expect(listChanges(content).map((change) => [change.key, change.kind, change.changed])).toEqual([
      ['a/x/2026-03-01/1', 'processing', ['legalBasis']],
      ['a/y/2026-03-01/1', 'published', []],
      ['a/y/2026-03-01/2', 'wording', []],
      ['b/z/2026-02-01/1', 'published', []],
      ['a/x/2026-01-10/1', 'published', []],
    ]);
  });
});

describe('the kind of a change', () => {
  const published = { date: '2026-01-10' };
  it('is a publication for the earliest entry, wherever it stands', () => {
    expect(changeKind([published, { date: '2026-02-01' }], 0)).toBe('published');
    expect(changeKind([{ date: '2026-02-01', changed: ['recipients'] }, published], 1)).toBe('published');
  });

  it('is a change in the processing when it names the elements it changed', () => {
    expect(changeKind([published, { date: '2026-02-01', changed: ['recipients', 'retention'] }], 1)).toBe(
      'processing',
    );
  });

  it('is a change of the text alone when it names none', () => {
    expect(changeKind([published, { date: '2026-02-01' }], 1)).toBe('wording');
  });
});

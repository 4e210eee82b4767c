import { describe, expect, it } from 'vitest';

import { listChanges } from '@/lib/changes';

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
        authority: { slug: 'b', name: 'Myndighed B & co' },
        noticeTitle: 'Formål z',
        path: '/b/z',
      },
    ]);
  });
});

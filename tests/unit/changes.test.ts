import { describe, expect, it } from 'vitest';

import { listChanges, newestDate } from '@/lib/changes';
import { pageDates } from '@/lib/page-dates';

const notice = (slug: string, changes: { date: string; note: string }[], lastReviewed = '2026-01-01') => ({
  slug,
  title: `Formål ${slug}`,
  changes,
  lastReviewed,
});

const content = {
  authorities: [
    {
      slug: 'a',
      name: 'Myndighed A',
      purposes: [
        notice(
          'x',
          [
            { date: '2026-03-01', note: 'Retsgrundlag præciseret' },
            { date: '2026-01-10', note: 'Offentliggjort' },
          ],
          '2026-03-02',
        ),
        notice('y', [
          { date: '2026-03-01', note: 'Første' },
          { date: '2026-03-01', note: 'Anden samme dag' },
        ]),
      ],
    },
    {
      slug: 'b',
      name: 'Myndighed B & co',
      purposes: [notice('z', [{ date: '2026-02-01', note: 'Modtagere <tilføjet>' }])],
    },
  ],
};

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
        purposeTitle: 'Formål z',
        path: '/b/z',
      },
    ]);
  });

  it('finds the newest date, and none in an empty list', () => {
    expect(newestDate(['2026-01-01', '2026-03-01', '2026-02-01'])).toBe('2026-03-01');
    expect(newestDate([])).toBeUndefined();
  });
});

describe('the content dates of pages', () => {
  const dates = pageDates(content);

  it('dates a notice by its newest change and its review', () => {
    expect(dates.get('/a/x')).toEqual({ modified: '2026-03-01', reviewed: '2026-03-02' });
  });

  it('dates a hub by its newest notice and the pages that list every notice by the newest of all', () => {
    expect(dates.get('/b')).toEqual({ modified: '2026-02-01' });
    expect(dates.get('/')).toEqual({ modified: '2026-03-01' });
    expect(dates.get('/aendringer')).toEqual({ modified: '2026-03-01' });
  });

  it('gives no date to pages without dated content', () => {
    expect(dates.has('/dine-rettigheder')).toBe(false);
  });
});

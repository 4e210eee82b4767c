import { describe, expect, it } from 'vitest';

import { pageDates } from '@/lib/page-dates';

import { contentWithChanges as content } from './content-with-changes';

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

  it('dates the request pages of an authority like its hub', () => {
    const withRights = pageDates({
      authorities: content.authorities.map((authority) => ({ ...authority, requestableRights: ['access'] })),
    });
    expect(withRights.get('/brug-dine-rettigheder/b')).toEqual({ modified: '2026-02-01' });
    expect(withRights.get('/brug-dine-rettigheder/b/indsigt')).toEqual({ modified: '2026-02-01' });
  });

  it('gives no date to pages without dated content', () => {
    expect(dates.has('/dine-rettigheder')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';

import { coreCompleteness, coreElements, noticeElementState } from '@/lib/gdpr/completeness';

import { loadRealContent } from '../helpers';

const { authorities } = loadRealContent();
const notices = authorities.flatMap((authority) => authority.purposes);
const statedCore = (notice: (typeof notices)[number]) =>
  coreElements.filter((element) => noticeElementState(notice, element).kind === 'stated').length;

// The depth the notices reached when every published fact of shared/reference/purposes.md was brought in
// (2026-11-28). An edit that loses a fact fails here; one that adds facts or notices raises the numbers.
describe('the facts content/ publishes', () => {
  it('has the notices per authority it had', () => {
    expect(
      Object.fromEntries(authorities.map((authority) => [authority.slug, authority.purposes.length])),
    ).toEqual({
      'udlaendinge-og-integrationsministeriet': 15,
      udlaendingestyrelsen: 12,
      hjemrejsestyrelsen: 8,
      'styrelsen-for-international-rekruttering-og-integration': 6,
    });
  });

  it('states 77 of the 287 core elements (legal basis, data, sources, recipients, transfers, retention, duty to provide)', () => {
    expect(notices.length * coreElements.length).toBe(287);
    expect(notices.reduce((sum, notice) => sum + statedCore(notice), 0)).toBe(77);
  });

  it('has no notice without gaps yet', () => {
    expect(
      notices.filter((notice) => coreCompleteness(notice).unstated === 0).map((notice) => notice.file),
    ).toEqual([]);
  });
});

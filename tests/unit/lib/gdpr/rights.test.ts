import { describe, expect, it } from 'vitest';

import type { NoticeData } from '@/lib/content/schema';
import { applicableRights, derivedRights, unionOfRights } from '@/lib/gdpr/rights';

type Article = NonNullable<NoticeData['legalBases']>[number]['article'];
const withBases = (...articles: Article[]) => ({ legalBases: articles.map((article) => ({ article })) });
const ids = (rights: { id: string; limited: boolean }[]) =>
  rights.map((right) => (right.limited ? `${right.id} (limited)` : right.id));

describe('rights derived from the legal basis', () => {
  it.each<[Article, string[]]>([
    ['6(1)(a)', ['access', 'rectification', 'erasure', 'restriction', 'portability', 'withdrawConsent']],
    ['6(1)(b)', ['access', 'rectification', 'erasure', 'restriction', 'portability']],
    ['6(1)(c)', ['access', 'rectification', 'erasure (limited)', 'restriction']],
    ['6(1)(d)', ['access', 'rectification', 'erasure', 'restriction']],
    ['6(1)(e)', ['access', 'rectification', 'erasure (limited)', 'restriction', 'objection']],
    ['6(1)(f)', ['access', 'rectification', 'erasure', 'restriction', 'objection']],
  ])('under art. %s', (article, expected) => {
    expect(ids(derivedRights(withBases(article)))).toEqual(expected);
  });

  it('gives the rights of every basis where several apply', () => {
    expect(ids(derivedRights(withBases('6(1)(c)', '6(1)(e)')))).toEqual([
      'access',
      'rectification',
      'erasure (limited)',
      'restriction',
      'objection',
    ]);
  });

  it('shows only the rights that hold under every basis when the basis is not known', () => {
    expect(ids(derivedRights({}))).toEqual(['access', 'rectification', 'erasure', 'restriction']);
  });

  it('adds withdrawal of consent under explicit consent for sensitive data (art. 9(2)(a))', () => {
    expect(
      ids(derivedRights({ ...withBases('6(1)(e)'), specialCategoryBases: [{ article: '9(2)(a)' }] })),
    ).toContain('withdrawConsent');
  });

  it('adds the rights on automated decisions only where such decisions are made', () => {
    expect(
      ids(derivedRights({ ...withBases('6(1)(e)'), automatedDecisions: { used: true, explanation: 'x' } })),
    ).toContain('automatedDecisions');
    expect(
      ids(derivedRights({ ...withBases('6(1)(e)'), automatedDecisions: { used: false } })),
    ).not.toContain('automatedDecisions');
  });

  it('uses a written override instead of the derived set', () => {
    const notice = {
      ...withBases('6(1)(e)'),
      rightsOverride: {
        rights: ['rectification' as const, 'access' as const],
        justification: 'Særlig grund.',
      },
    };
    expect(ids(applicableRights(notice))).toEqual(['access', 'rectification']);
  });

  it('unites the rights of an authority’s notices in the standard order', () => {
    expect(unionOfRights([withBases('6(1)(c)'), withBases('6(1)(a)')])).toEqual([
      'access',
      'rectification',
      'erasure',
      'restriction',
      'portability',
      'withdrawConsent',
    ]);
  });
});

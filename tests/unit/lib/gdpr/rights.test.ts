import { describe, expect, it } from 'vitest';

import type { NoticeData } from '@/lib/content/schema';
import { applicableRights, derivedRights, undecidedRights, unionOfRights } from '@/lib/gdpr/rights';

type Article = NonNullable<NoticeData['legalBases']>[number]['article'];
const withBases = (...articles: Article[]) => ({ legalBases: articles.map((article) => ({ article })) });
const ids = (rights: { id: string; limited: boolean; mayBeLimited: boolean }[]) =>
  rights.map((right) =>
    right.limited ? `${right.id} (limited)` : right.mayBeLimited ? `${right.id} (may be limited)` : right.id,
  );

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

  it('shows only the rights that hold under every basis when the basis is not known, erasure as may be limited', () => {
    expect(ids(derivedRights({}))).toEqual([
      'access',
      'rectification',
      'erasure (may be limited)',
      'restriction',
    ]);
    expect(ids(derivedRights({ legalBases: [] }))).toContain('erasure (may be limited)');
  });

  it('leaves undecided the rights that depend on an unknown art. 6 basis', () => {
    expect(undecidedRights({})).toEqual(['objection', 'portability', 'withdrawConsent']);
    expect(undecidedRights({ specialCategoryBases: [{ article: '9(2)(a)' }] })).toEqual([
      'objection',
      'portability',
    ]);
  });

  it('decides every right where the art. 6 basis is known or the rights are written out', () => {
    expect(undecidedRights(withBases('6(1)(c)'))).toEqual([]);
    expect(
      undecidedRights({ rightsOverride: { rights: ['access'], justification: 'Særlig grund.' } }),
    ).toEqual([]);
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

import { describe, expect, expectTypeOf, it } from 'vitest';

import { gdprProvision } from '@/i18n/citations';
import { da } from '@/i18n/dictionaries/da';
import { noticeElements, rightIds, type NoticeElement, type RightId } from '@/lib/content/schema';
import { blankKinds, type BlankKind, type IdentificationKind } from '@/lib/rights-request/types';

describe('the Danish dictionary', () => {
  it('cites the regulation and the Data Protection Act the way Danish law does', () => {
    expect(da.notice.gdprArticle(gdprProvision('6(1)(e)'))).toBe(
      'Databeskyttelsesforordningens artikel 6, stk. 1, litra e',
    );
    expect(da.notice.dataProtectionAct(8)).toBe('Databeskyttelseslovens § 8');
  });

  it('writes dates in Danish', () => {
    expect(da.formatDate('2026-11-23')).toBe('23. november 2026');
    expect(da.formatDate('2026-01-01')).toBe('1. januar 2026');
  });

  it('joins a list with commas and "og" before the last item', () => {
    expect(da.list(['a', 'b', 'c']).join('')).toBe('a, b og c');
    expect(da.list(['a']).join('')).toBe('a');
  });
});

// The dictionaries import nothing from src/lib (see tests/unit/import-layers.test.ts), so the lists they
// word are held to them here: by the type check, and by these tests.
describe('the Danish words of the content model’s and the letter’s lists', () => {
  const keysOf = (group: object) => Object.keys(group).sort();

  it('name each notice element, and nothing else', () => {
    expectTypeOf(da.noticeElements).toEqualTypeOf<Record<NoticeElement, string>>();
    expect(keysOf(da.noticeElements)).toEqual([...noticeElements].sort());
  });

  it('give each right a subject and a request, and no other right', () => {
    expectTypeOf<keyof typeof da.request.rights>().toEqualTypeOf<RightId>();
    expectTypeOf(da.request.rights).toExtend<Record<RightId, { subject: string; request: string }>>();
    expect(keysOf(da.request.rights)).toEqual([...rightIds].sort());
  });

  it('label each blank of a letter, and each that identifies the reader', () => {
    expectTypeOf(da.request.blanks).toEqualTypeOf<Record<BlankKind, string>>();
    expectTypeOf(da.request.identificationLabels).toEqualTypeOf<Record<IdentificationKind, string>>();
    expect(keysOf(da.request.blanks)).toEqual([...blankKinds].sort());
  });
});

import { describe, expect, it } from 'vitest';

import { formatArticle, formatDate, hostOf, phoneHref } from '@/lib/labels';

describe('Danish wording of fixed values', () => {
  it('cites an article the way Danish law does', () => {
    expect(formatArticle('6(1)(e)')).toBe('artikel 6, stk. 1, litra e');
    expect(formatArticle('9(2)(f)')).toBe('artikel 9, stk. 2, litra f');
  });

  it('writes dates in Danish', () => {
    expect(formatDate('2026-11-23')).toBe('23. november 2026');
    expect(formatDate('2026-01-01')).toBe('1. januar 2026');
  });

  it('makes phone links with the Danish country code', () => {
    expect(phoneHref('35 36 66 00')).toBe('tel:+4535366600');
    expect(phoneHref('+45 61 98 40 00')).toBe('tel:+4561984000');
  });

  it('names a website by its host', () => {
    expect(hostOf('https://www.datatilsynet.dk')).toBe('datatilsynet.dk');
    expect(hostOf('https://us.dk')).toBe('us.dk');
  });
});

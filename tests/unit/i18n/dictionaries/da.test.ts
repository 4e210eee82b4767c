import { describe, expect, it } from 'vitest';

import { da } from '@/i18n/dictionaries/da';

describe('the Danish dictionary', () => {
  it('cites an article the way Danish law does', () => {
    expect(da.formatArticle('6(1)(e)')).toBe('artikel 6, stk. 1, litra e');
    expect(da.formatArticle('9(2)(f)')).toBe('artikel 9, stk. 2, litra f');
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

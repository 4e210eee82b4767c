import { describe, expect, it } from 'vitest';

import { hostOf, phoneHref } from '@/lib/labels';

describe('phone links and host names', () => {
  it('makes phone links with the Danish country code', () => {
    expect(phoneHref('35 36 66 00')).toBe('tel:+4535366600');
    expect(phoneHref('+45 61 98 40 00')).toBe('tel:+4561984000');
  });

  it('names a website by its host', () => {
    expect(hostOf('https://www.datatilsynet.dk')).toBe('datatilsynet.dk');
    expect(hostOf('https://us.dk')).toBe('us.dk');
  });
});

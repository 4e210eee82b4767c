import { describe, expect, it } from 'vitest';

import { durationFormatter, inSentence } from '@/i18n/phrases';

describe('inSentence', () => {
  it('lower-cases a word that starts a heading', () => {
    expect(inSentence('Følsomme personoplysninger')).toBe('følsomme personoplysninger');
    expect(inSentence('Sensitive personal data')).toBe('sensitive personal data');
  });

  it('keeps an abbreviation as it is', () => {
    expect(inSentence('CPR-nummer')).toBe('CPR-nummer');
    expect(inSentence('EU-borgere')).toBe('EU-borgere');
  });
});

describe('durationFormatter', () => {
  it('words a number and a unit in each language, singular and plural', () => {
    expect(durationFormatter('da-DK')({ amount: 30, unit: 'days' })).toBe('30 dage');
    expect(durationFormatter('en-GB')({ amount: 30, unit: 'days' })).toBe('30 days');
    expect(durationFormatter('da-DK')({ amount: 1, unit: 'months' })).toBe('1 måned');
    expect(durationFormatter('en-GB')({ amount: 5, unit: 'years' })).toBe('5 years');
    expect(durationFormatter('da-DK')({ amount: 2, unit: 'weeks' })).toBe('2 uger');
  });
});

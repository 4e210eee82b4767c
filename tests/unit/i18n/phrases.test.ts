import { describe, expect, it } from 'vitest';

import { inSentence } from '@/i18n/phrases';

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

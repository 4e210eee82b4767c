import { describe, expect, it } from 'vitest';

import {
  danishCitations,
  englishCitations,
  gdprProvision,
  provisionCode,
  sectionNumber,
} from '@/i18n/citations';

describe('a citation', () => {
  it('of the regulation reads the Danish way in Danish', () => {
    expect(danishCitations.gdpr({ article: 15 })).toBe('artikel 15');
    expect(danishCitations.gdpr({ article: 7, paragraph: 3 })).toBe('artikel 7, stk. 3');
    expect(danishCitations.gdpr({ article: 17, paragraph: 3, point: 'b' })).toBe(
      'artikel 17, stk. 3, litra b',
    );
  });

  it('of the regulation reads the English way in English, with no Danish word', () => {
    expect(englishCitations.gdpr({ article: 15 })).toBe('Article 15');
    expect(englishCitations.gdpr({ article: 7, paragraph: 3 })).toBe('Article 7(3)');
    expect(englishCitations.gdpr({ article: 17, paragraph: 3, point: 'b' })).toBe('Article 17(3)(b)');
  });

  it('of the Data Protection Act names the section once, in each language', () => {
    expect(danishCitations.dataProtectionAct(8)).toBe('databeskyttelseslovens § 8');
    expect(englishCitations.dataProtectionAct(8)).toBe(
      'Section 8 of the Danish Data Protection Act (databeskyttelsesloven)',
    );
  });

  it('is built from the content’s notation, and back', () => {
    expect(gdprProvision('6(1)(e)')).toEqual({ article: 6, paragraph: 1, point: 'e' });
    expect(gdprProvision('15')).toEqual({ article: 15 });
    expect(provisionCode({ article: 7, paragraph: 3 })).toBe('7(3)');
    expect(sectionNumber('§ 11')).toBe(11);
    expect(() => gdprProvision('7, stk. 3')).toThrow('"7, stk. 3" is no GDPR provision such as 6(1)(e)');
  });
});

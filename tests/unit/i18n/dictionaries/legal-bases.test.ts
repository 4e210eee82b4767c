import { describe, expect, it } from 'vitest';

import { dictionaries } from '@/i18n/dictionaries';
import { noticeSchema } from '@/lib/content/schema';

/** Every value the schema lets a notice name as a legal basis: art. 6(1), art. 9(2) and the Data Protection Act. */
const schemaValues = [
  ...noticeSchema.shape.legalBases.unwrap().element.shape.article.options,
  ...noticeSchema.shape.specialCategoryBases.unwrap().element.shape.article.options,
  ...noticeSchema.shape.dataProtectionActBases.unwrap().element.shape.section.options,
];

describe('the plain words of the legal bases', () => {
  it.each(Object.entries(dictionaries))('has plain words in %s for every basis the schema allows', (_, w) => {
    const plain: Record<string, string> = w.legalBases;
    expect(schemaValues.filter((value) => !plain[value]?.trim())).toEqual([]);
    expect(Object.keys(plain).sort()).toEqual([...schemaValues].sort());
  });

  it('words each basis differently, so no two read alike', () => {
    for (const w of Object.values(dictionaries)) {
      const texts = Object.values(w.legalBases);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});

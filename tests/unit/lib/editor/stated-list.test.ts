import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { noticeSchema } from '@/lib/content/schema';
import { formFields } from '@/lib/editor/schema-fields';
import {
  listsWhereEmptyMeansNone,
  nothingListed,
  statedListChoiceOf,
  statedListChoices,
} from '@/lib/editor/stated-list';
import { elementRules } from '@/lib/gdpr/completeness';

const noticeForm = (mode: 'local' | 'production') =>
  formFields(noticeSchema, { kind: 'purpose', language: 'source', mode });

describe('a list where an empty list is an answer', () => {
  it('is exactly a notice element that an empty list states', () => {
    const isList = (field: string) => {
      const schema = noticeSchema.shape[field as keyof typeof noticeSchema.shape];
      return schema instanceof z.ZodOptional && schema.unwrap() instanceof z.ZodArray;
    };
    const statedByEmpty = elementRules
      .filter((rule) => isList(rule.field) && rule.stated({ [rule.field]: [] } as never))
      .map((rule) => rule.field);
    expect(statedByEmpty.sort()).toEqual([...listsWhereEmptyMeansNone].sort());
  });

  it('is asked as a choice of three in npm run edit, and as Decap’s plain list in production', () => {
    const widgetsOf = (mode: 'local' | 'production') =>
      noticeForm(mode)
        .filter((field) => listsWhereEmptyMeansNone.has(field.name))
        .map((field) => [field.name, field.widget]);
    expect(widgetsOf('local')).toEqual([
      ['recipients', 'stated-list'],
      ['transfers', 'stated-list'],
    ]);
    expect(widgetsOf('production')).toEqual([
      ['recipients', 'list'],
      ['transfers', 'list'],
    ]);
    expect(noticeForm('local').find((field) => field.name === 'dataCategories')?.widget).toBe('list');
  });

  it('offers "Ikke oplyst", "Ingen" and "Følgende", chosen by what the file says', () => {
    expect(statedListChoices.map(({ label }) => label)).toEqual(['Ikke oplyst', 'Ingen', 'Følgende']);
    expect([statedListChoiceOf(undefined), statedListChoiceOf(0), statedListChoiceOf(2)]).toEqual([
      'notStated',
      'none',
      'following',
    ]);
  });

  it('refuses "Følgende" with nothing listed, naming the field and the other choice', () => {
    expect(nothingListed('Modtagere', 'modtager')).toBe(
      'Modtagere: tilføj mindst én modtager, eller vælg »Ingen«.',
    );
  });
});

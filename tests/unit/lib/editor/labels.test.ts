import { describe, expect, it } from 'vitest';

import { fieldNames } from '@/lib/content/field-names';
import { enumOptions } from '@/lib/editor/enum-labels';
import { fieldHelp } from '@/lib/editor/field-help';

import { forms } from './form-paths';

describe.each(forms)('the labels of the form of $name', ({ formFields }) => {
  it('give every field its Danish name from fieldNames, capitalised; the body is the body text', () => {
    for (const { path, field } of formFields) {
      const danish = field.name === 'body' ? 'brødtekst' : fieldNames[field.name];
      expect([path, field.label]).toEqual([path, danish && danish.charAt(0).toUpperCase() + danish.slice(1)]);
    }
  });

  it('give every field a help text', () => {
    for (const { path, field } of formFields) expect([path, field.hint.length > 10]).toEqual([path, true]);
  });
});

describe('the choices of every form', () => {
  it('are named in words, not by the value written in the file', () => {
    const selects = forms.flatMap(({ formFields }) =>
      formFields.flatMap(({ path, field }) => (field.widget === 'select' ? [{ path, field }] : [])),
    );
    expect(selects.length).toBeGreaterThan(5);
    for (const { path, field } of selects) {
      for (const option of field.options) {
        expect([path, option.label.trim().length > 0 && option.label !== option.value]).toEqual([path, true]);
      }
    }
  });
});

describe('a field the editor cannot name', () => {
  it('stops the generator with the file to fix when a fixed list has no Danish words', () => {
    expect(() => enumOptions(['yes', 'no'])).toThrow(
      'No Danish labels for the values yes, no (src/lib/editor/enum-labels.ts).',
    );
  });

  it('stops the generator with the file to fix when a field has no help text', () => {
    expect(() => fieldHelp('purpose', 'source', 'newField')).toThrow(
      'The purpose field "newField" has no help text in src/lib/editor/field-help.ts.',
    );
  });
});

describe('the lists of the notice form', () => {
  const notice = forms.find(({ name }) => name === 'the purpose schema')!;
  const listAt = (path: string) => notice.formFields.find((field) => field.path === path)!.field;

  it('count and add one item in the singular', () => {
    expect(listAt('dataCategories')).toMatchObject({ label_singular: 'Kategori af oplysninger' });
    expect(listAt('changes')).toMatchObject({ label_singular: 'Ændring' });
    expect(listAt('legalBases')).toMatchObject({ label_singular: 'Retsgrundlag' });
  });

  it('sum a collapsed item up by its text, not by the value its choice writes in the file', () => {
    expect(listAt('dataCategories')).toMatchObject({
      summary: "{{fields.description | default('Nyt punkt, ikke udfyldt')}}",
    });
    expect(listAt('legalBases')).toMatchObject({
      summary: "{{fields.law | default('Nyt punkt, ikke udfyldt')}}",
    });
    expect(listAt('recipients')).not.toHaveProperty('summary');
  });
});

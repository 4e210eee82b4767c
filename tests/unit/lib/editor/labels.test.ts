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

  const typesOf = (path: string) => {
    const list = listAt(path);
    return 'types' in list ? list.types : [];
  };

  it('sum a collapsed item up by the Danish words of its choice and its text', () => {
    expect(listAt('dataCategories')).toMatchObject({ typeKey: 'kind' });
    expect(typesOf('dataCategories').map(({ name, summary }) => [name, summary])).toEqual([
      [
        'ordinary',
        "Almindelige personoplysninger{{fields.description | ternary(': ', '')}}{{fields.description}}",
      ],
      [
        'sensitive',
        "Følsomme personoplysninger{{fields.description | ternary(': ', '')}}{{fields.description}}",
      ],
      [
        'criminal',
        "Oplysninger om strafbare forhold{{fields.description | ternary(': ', '')}}{{fields.description}}",
      ],
      ['cpr', "CPR-nummer{{fields.description | ternary(': ', '')}}{{fields.description}}"],
    ]);
    expect(typesOf('legalBases').find(({ name }) => name === '6(1)(e)')).toMatchObject({
      label: 'Artikel 6, stk. 1, litra e',
      summary: "Artikel 6, stk. 1, litra e{{fields.law | ternary(': ', '')}}{{fields.law}}",
    });
    expect(typesOf('sources').find(({ name }) => name === 'dataSubject')).toMatchObject({
      summary: "Dig selv{{fields.description | ternary(': ', '')}}{{fields.description}}",
    });
  });

  it('put an item’s text first where the item starts with it, as a transfer starts with its recipient', () => {
    expect(listAt('transfers')).toMatchObject({ typeKey: 'safeguard' });
    expect(typesOf('transfers').find(({ name }) => name === '46')).toMatchObject({
      summary: "{{fields.recipient}}{{fields.recipient | ternary(': ', '')}}Artikel 46 (fornødne garantier)",
    });
  });

  it('keep the choice among each type’s fields, so an item’s choice can be changed', () => {
    for (const type of typesOf('dataCategories'))
      expect(type.fields.map(({ name }) => name)).toEqual(['kind', 'description']);
  });

  it('sum an item of a list of texts up by its text, and an item without a choice by its first field', () => {
    expect(listAt('statutes')).toMatchObject({
      summary: "{{fields.statutes | default('Nyt punkt, ikke udfyldt')}}",
    });
    expect(listAt('recipients')).not.toHaveProperty('summary');
    expect(listAt('recipients')).not.toHaveProperty('types');
  });
});

import { describe, expect, it } from 'vitest';

import { contentFiles, contentKinds } from '@/lib/content/content-files';
import { describeField, fieldNames } from '@/lib/content/field-names';
import { termBaseSchema } from '@/lib/content/translation-schema';

import { schemaFieldNames } from '../../helpers';

// Every kind of content file, Danish and translated, from the content-file table, and the term bases.
const schemas = [
  ...contentKinds.flatMap((kind) => [contentFiles[kind].schema, contentFiles[kind].translationSchema]),
  termBaseSchema,
];

describe('the Danish field names', () => {
  it('name every field of every content schema', () => {
    const fields = [...new Set(schemas.flatMap(schemaFieldNames))].sort();
    expect(fields.length).toBeGreaterThan(50);
    expect(fields.filter((field) => !(field in fieldNames))).toEqual([]);
  });

  it('name no field the content model does not have, besides the Markdown body', () => {
    const fields = new Set([...schemas.flatMap(schemaFieldNames), 'body']);
    expect(Object.keys(fieldNames).filter((name) => !fields.has(name))).toEqual([]);
  });

  it('describe a field path as written and in Danish, with list items counted from 1', () => {
    expect(describeField('legalBases[0].article')).toBe(
      'legalBases (retsgrundlag), punkt 1, article (artikel)',
    );
    expect(describeField('knownGaps[2]')).toBe('knownGaps (kendte mangler), punkt 3');
  });

  it('keep a misspelt field name as the editor wrote it', () => {
    expect(describeField('sumary')).toBe('sumary');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import {
  agreementSchema,
  authoritySchema,
  complaintSchema,
  purposeSchema,
  rightsSchema,
  topicsSchema,
} from '@/lib/content/schema';

const guide = readFileSync(path.resolve(import.meta.dirname, '../../content/README.md'), 'utf8');

/** Every field name in a schema, nested ones included. */
function fieldNames(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return fieldNames(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return fieldNames(schema.element as z.ZodType);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape).flatMap(([name, field]) => [name, ...fieldNames(field as z.ZodType)]);
  }
  return [];
}

const schemas = {
  authoritySchema,
  purposeSchema,
  agreementSchema,
  rightsSchema,
  complaintSchema,
  topicsSchema,
};

describe('content/README.md', () => {
  it.each(Object.entries(schemas))('documents every field of %s', (_, schema) => {
    const undocumented = fieldNames(schema).filter((name) => !guide.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
  });

  it('finds the nested fields it checks', () => {
    expect(fieldNames(purposeSchema)).toEqual(
      expect.arrayContaining(['legalBases', 'article', 'law', 'explanation']),
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

import { describeField, fieldNames } from '@/lib/content/field-names';
import {
  agreementSchema,
  authoritySchema,
  complaintSchema,
  purposeSchema,
  rightsSchema,
  topicsSchema,
} from '@/lib/content/schema';

/** Every field name a schema accepts, at any depth: through optional fields, lists and groups. */
function fieldNamesOf(schema: z.core.$ZodType): string[] {
  const def = schema._zod.def as {
    type: string;
    shape?: Record<string, z.core.$ZodType>;
    innerType?: z.core.$ZodType;
    element?: z.core.$ZodType;
  };
  if (def.type === 'object' && def.shape) {
    return Object.entries(def.shape).flatMap(([name, field]) => [name, ...fieldNamesOf(field)]);
  }
  const inner = def.innerType ?? def.element;
  return inner ? fieldNamesOf(inner) : [];
}

const schemas = [authoritySchema, purposeSchema, agreementSchema, rightsSchema, complaintSchema, topicsSchema];

describe('the Danish field names', () => {
  it('name every field of every content schema', () => {
    const fields = [...new Set(schemas.flatMap(fieldNamesOf))].sort();
    expect(fields.length).toBeGreaterThan(50);
    expect(fields.filter((field) => !(field in fieldNames))).toEqual([]);
  });

  it('name no field the content model does not have, besides the Markdown body', () => {
    const fields = new Set([...schemas.flatMap(fieldNamesOf), 'body']);
    expect(Object.keys(fieldNames).filter((name) => !fields.has(name))).toEqual([]);
  });

  it('describe a field path as written and in Danish, with list items counted from 1', () => {
    expect(describeField('legalBases[0].article')).toBe('legalBases (retsgrundlag), punkt 1, article (artikel)');
    expect(describeField('knownGaps[2]')).toBe('knownGaps (kendte mangler), punkt 3');
  });

  it('keep a misspelt field name as the editor wrote it', () => {
    expect(describeField('sumary')).toBe('sumary');
  });
});

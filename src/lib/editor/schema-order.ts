import { z } from 'zod';

import { isPlainObject } from './form-values';

/**
 * `value` with every object's keys in its schema's order, keys the schema does not know last. Decap adds
 * a typed list's new item with its choice first (`safeguard` before `recipient`), and sorts only the
 * top-level keys itself; the files write every item in the schema's order.
 */
export function inSchemaOrder(schema: z.ZodType, value: unknown): unknown {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  if (inner instanceof z.ZodArray && Array.isArray(value))
    return value.map((item) => inSchemaOrder(inner.element as z.ZodType, item));
  if (!(inner instanceof z.ZodObject) || !isPlainObject(value)) return value;
  const shape = inner.shape as Record<string, z.ZodType>;
  const known = Object.keys(shape).filter((key) => key in value);
  const unknown = Object.keys(value).filter((key) => !(key in shape));
  return Object.fromEntries([
    ...known.map((key) => [key, inSchemaOrder(shape[key]!, value[key])]),
    ...unknown.map((key) => [key, value[key]]),
  ]);
}

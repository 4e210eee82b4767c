/**
 * Per-field freshness of a translation. A translation records, for each field, a short fingerprint of the
 * Danish words it was translated from (`sourceFingerprints`, written by npm run translation:reviewed, npm
 * run new:purpose -- … --translation and the web editor's save). A field whose fingerprint is not that of
 * the Danish words now is out of date, and the page shows the Danish text instead.
 */
import { createHash } from 'node:crypto';

import { z } from 'zod';

import { sourceFingerprintsField } from './translation-schema';

/** A translation's Markdown body, tracked as a field of its own. */
export const bodyField = 'body';

/** A Danish file as its translation is made from it: its validated frontmatter and its Markdown body. */
export interface DanishSource {
  data: Record<string, unknown>;
  body: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const unwrap = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;

/**
 * The words of a Danish value that the translation schema translates, each text passed through `each`;
 * lists item by item ({} for an item with nothing to translate), objects in the schema's key order.
 * Undefined where there are no words, as a translation may leave such a field or list out; with
 * `everyList`, a list without words is there too, so its number of items counts.
 */
export function wordsOf(
  schema: z.ZodType,
  danish: unknown,
  each: (text: string) => string,
  everyList = false,
): unknown {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject && isRecord(danish)) {
    const fields = Object.entries(inner.shape).flatMap(([key, field]) => {
      const words = wordsOf(field as z.ZodType, danish[key], each, everyList);
      return words === undefined ? [] : [[key, words] as const];
    });
    return fields.length > 0 ? Object.fromEntries(fields) : undefined;
  }
  if (inner instanceof z.ZodArray && Array.isArray(danish)) {
    const items = danish.map((item) => wordsOf(inner.element as z.ZodType, item, each, everyList));
    return everyList || items.some((item) => item !== undefined)
      ? items.map((item) => item ?? {})
      : undefined;
  }
  return typeof danish === 'string' ? each(danish) : undefined;
}

/** The fields a translation tracks: each top-level field of its schema, and the body. */
export const trackedFields = (schema: z.ZodObject): string[] => [
  ...Object.keys(schema.shape).filter((field) => field !== sourceFingerprintsField),
  bodyField,
];

// YAML may fold, quote or re-wrap a text and Markdown may re-wrap a paragraph: only the words count.
const sameWords = (text: string) => text.replace(/\s+/g, ' ').trim();

const bodyWords = (body: string) =>
  body
    .split(/\r?\n[ \t]*\r?\n/)
    .map(sameWords)
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');

/**
 * The fingerprint of the Danish words of one field: the first 12 hexadecimal digits of their SHA-256. A
 * list's number of items counts, as the translation's list lines up with it item by item.
 */
export function fieldFingerprint(schema: z.ZodObject, field: string, danish: DanishSource): string {
  const words =
    field === bodyField
      ? bodyWords(danish.body)
      : wordsOf(schema.shape[field] as z.ZodType, danish.data[field], sameWords, true);
  return createHash('sha256')
    .update(JSON.stringify(words ?? null))
    .digest('hex')
    .slice(0, 12);
}

/** The fingerprints of the Danish words of `fields` as they are now. */
export const fingerprintsOf = (schema: z.ZodObject, danish: DanishSource, fields: readonly string[]) =>
  Object.fromEntries(fields.map((field) => [field, fieldFingerprint(schema, field, danish)]));

/** Whether the Danish words of `field` are those its recorded fingerprint was made from; none recorded is not. */
export const isFresh = (
  schema: z.ZodObject,
  field: string,
  danish: DanishSource,
  recorded: Readonly<Record<string, string>> | undefined,
) => recorded?.[field] === fieldFingerprint(schema, field, danish);

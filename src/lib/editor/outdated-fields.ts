import type { z } from 'zod';

import { contentFiles, kindOfPath } from '../content/content-files';
import { parseContentSource } from '../content/read-file';
import { bodyField, wordsOf } from '../content/source-fingerprints';
import { fieldInForm } from './form-words';

/**
 * A field of a translation whose Danish text changed since it was translated: the page shows the Danish
 * text in its place until the translation is corrected and saved.
 */
export interface OutdatedField {
  /** The field as the form names it: "Titel", "Brødtekst". */
  label: string;
  /** The Danish file's texts of the field now, each item of a list apart. */
  danish: string[];
  /** What the translation's field says, each item of a list apart; none where it has no text yet. */
  translated: string[];
}

/** A content file's frontmatter and Markdown body, as read. */
interface FileTexts {
  data: Record<string, unknown>;
  body: string;
}

/** The texts of a field that the translation schema translates, in the order the form shows them. */
function textsOf(schema: z.ZodObject, field: string, file: FileTexts): string[] {
  if (field === bodyField) return file.body.trim() ? [file.body.trim()] : [];
  const texts: string[] = [];
  wordsOf(schema.shape[field] as z.ZodType, file.data[field], (text) => {
    texts.push(text);
    return text;
  });
  return texts;
}

const isRecord = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

/** A file's frontmatter and body; empty where it cannot be read (the check tells why). */
function textsOfFile(text: string | undefined): FileTexts {
  const parsed = text === undefined ? undefined : parseContentSource(text, '');
  return parsed?.ok && isRecord(parsed.data)
    ? { data: parsed.data, body: parsed.body }
    : { data: {}, body: '' };
}

/**
 * The out-of-date `fields` of a translation of `danishFile` (a path inside the content folder), beside the
 * Danish file's text now: each by its label in the form, with the Danish text and what the translation says.
 */
export function outdatedFields(
  danishFile: string,
  texts: { danish: string | undefined; translation: string },
  fields: readonly string[],
): OutdatedField[] {
  const kind = kindOfPath(danishFile)?.kind;
  const schema = kind && contentFiles[kind].translationSchema;
  if (!schema) return [];
  const [danish, translation] = [textsOfFile(texts.danish), textsOfFile(texts.translation)];
  return fields.map((field) => ({
    label: fieldInForm(field),
    danish: textsOf(schema, field, danish),
    translated: textsOf(schema, field, translation),
  }));
}

import { isMap, parseDocument } from 'yaml';
import type { z } from 'zod';

import { isPlainObject, meaningOf } from './form-values';
import { applyEdits, frontmatterEdits } from './frontmatter-edits';
import { renderFrontmatter } from './house-style';
import { inSchemaOrder } from './schema-order';

const frontmatterPattern = /^---[ \t]*\r?\n((?:[\s\S]*?\r?\n)?)---[ \t]*(?:\r?\n|$)/;

/** A content file cut at its frontmatter: the YAML between the "---" lines, and everything after them. */
function splitFile(text: string) {
  const match = frontmatterPattern.exec(text);
  return match ? { frontmatter: match[1] ?? '', rest: text.slice(match[0].length) } : undefined;
}

type Values = Record<string, unknown>;

const yamlOptions = { schema: 'core' } as const;

/**
 * The file to write when the web editor saves: the original file with only the fields that changed
 * changed, so comments, key order, quoting and folded text elsewhere stay as a person wrote them.
 * `original` is the file on disk (undefined for a new file); `data` and `body` are what the form holds.
 */
export function mergeEditedData(original: string | undefined, data: Record<string, unknown>, body: string) {
  const parts = original === undefined ? undefined : splitFile(original);
  if (!parts) return `---\n${frontmatterOf(data, undefined)}---\n${restOf(undefined, body)}`;
  return `---\n${mergedFrontmatter(parts.frontmatter, data)}---\n${restOf(parts.rest, body)}`;
}

function mergedFrontmatter(source: string, data: Values) {
  const document = parseDocument(source, yamlOptions);
  const root = document.contents;
  const had: unknown = document.errors.length === 0 ? document.toJS() : undefined;
  if (!isMap(root) || !isPlainObject(had)) return frontmatterOf(data, had);
  const edits = frontmatterEdits(source, root, valuesOf(had, had), valuesOf(data, had));
  return edits ? applyEdits(source, edits) : frontmatterOf(data, had);
}

/** The frontmatter's values as the file means them; a frontmatter is a map even when it is empty. */
const valuesOf = (data: unknown, had: unknown) => (meaningOf(data, had) ?? {}) as Values;

function frontmatterOf(data: Values, had: unknown) {
  return renderFrontmatter(valuesOf(data, had));
}

/** The text after the frontmatter: the original bytes when the body did not change, else the new body set as the original set its body. */
function restOf(rest: string | undefined, body: string) {
  if (rest !== undefined && rest.trim() === body.trim()) return rest;
  if (body.trim() === '') return '';
  const separator = rest?.trim() ? /^\s*/.exec(rest)![0] : '\n';
  return `${separator}${body.trim()}\n`;
}

/**
 * The file to write when the web editor saves `edited`, the whole file as the editor serialised it:
 * its values, in the order of the file's `schema` where it is known, merged into `original` as
 * mergeEditedData does.
 */
export function mergeEditedFile(original: string | undefined, edited: string, schema?: z.ZodObject) {
  const parts = splitFile(edited);
  const document = parts && parseDocument(parts.frontmatter, yamlOptions);
  const data: unknown = document && document.errors.length === 0 ? (document.toJS() ?? {}) : undefined;
  if (!parts || !isPlainObject(data)) {
    throw new Error(
      'Editoren sendte en fil, der ikke kan læses: den skal begynde med felter mellem to linjer med "---". Intet er gemt',
    );
  }
  return mergeEditedData(original, schema ? (inSchemaOrder(schema, data) as Values) : data, parts.rest);
}

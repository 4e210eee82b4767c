/**
 * Two independent views of a content file's fields, for comparing the editor's forms with the schemas:
 * the schema as JSON Schema (zod's own conversion, not the generator's walk) and the generated form.
 * A path is "legalBases.article" for a field of a list's items and "statutes[]" for one item of a list
 * of texts or values.
 */
import { z } from 'zod';

import { contentKinds } from '@/lib/content/content-files';
import { sourceFingerprintsField } from '@/lib/content/translation-schema';
import { schemaOf, type FormLanguage } from '@/lib/editor/content-kinds';
import type { DecapField } from '@/lib/editor/decap-types';
import { formFields } from '@/lib/editor/schema-fields';

import { loadRealContent } from '../../helpers';

export interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: string[];
  pattern?: string;
  format?: string;
  minimum?: number;
  minItems?: number;
  maxItems?: number;
}

export interface SchemaField {
  path: string;
  required: boolean;
  /** Whether the field sits in an optional object: the file needs it only when the object is there. */
  withinOptional: boolean;
  node: SchemaNode;
}

/** Every field of a JSON Schema object, nested objects and list items included, in key order. */
export function schemaFields(node: SchemaNode, prefix = '', withinOptional = false): SchemaField[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const required = node.required?.includes(key) ?? false;
    return [
      { path, required, withinOptional, node: child },
      ...childFields(child, path, withinOptional || !required),
    ];
  });
}

function childFields(node: SchemaNode, path: string, withinOptional: boolean): SchemaField[] {
  if (node.type === 'object') return schemaFields(node, path, withinOptional);
  // A list's items exist only when added, so what they require is required again.
  if (node.type === 'array' && node.items?.type === 'object') return schemaFields(node.items, path);
  if (node.type === 'array')
    return [{ path: `${path}[]`, required: true, withinOptional: false, node: node.items! }];
  return [];
}

export interface FormField {
  path: string;
  field: DecapField;
}

/** Every field of a generated form, nested objects and list items included. */
export function formFieldsByPath(fields: DecapField[], prefix = ''): FormField[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const own = { path, field };
    if ('fields' in field) return [own, ...formFieldsByPath(field.fields, path)];
    if ('field' in field) return [own, { path: `${path}[]`, field: field.field }];
    // Every type of a typed list has the same fields: the list's item's.
    if ('types' in field) return [own, ...formFieldsByPath(field.types[0]!.fields, path)];
    return [own];
  });
}

/** The paths a form field answers for: a multiple select is both the list and its items. */
export const coveredPaths = ({ path, field }: FormField) =>
  (field.widget === 'select' || field.widget === 'relation') && field.multiple ? [path, `${path}[]`] : [path];

const content = loadRealContent();

export const forms = contentKinds.flatMap((kind) =>
  (['source', 'translation'] as FormLanguage[]).map((language) => {
    const schema = schemaOf(kind, language);
    return {
      name: `${language === 'source' ? 'the' : 'a translation of the'} ${kind} schema`,
      kind,
      // A translation's source fingerprints are written by the tools, never in the form.
      schemaFields: schemaFields(
        z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as SchemaNode,
      ).filter((field) => !field.path.startsWith(sourceFingerprintsField)),
      formFields: formFieldsByPath(formFields(schema, { kind, language, mode: 'local' })),
    };
  }),
);

export { content };

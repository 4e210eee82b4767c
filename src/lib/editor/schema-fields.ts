import { z } from 'zod';

import type { ContentKind } from '../content/content-files';
import { sourceFingerprintsField } from '../content/translation-schema';
import { isoDatePattern } from '../dates';
import type { FormLanguage } from './content-kinds';
import { contentReferences } from './content-references';
import { fieldLabel, singularLabel } from './danish-label';
import type { DecapField, DecapItems } from './decap-types';
import { enumOptions } from './enum-labels';
import { fieldHelp, neededWith } from './field-help';
import { proseFields } from './prose-fields';
import { listsWhereEmptyMeansNone, statedListWidget } from './stated-list';
import { stringPattern } from './string-pattern';
import { typedDateWidget } from './typed-date';

/**
 * The form of a content file, generated from its zod schema so the form cannot ask for anything the build
 * refuses. It walks zod's own schema objects rather than z.toJSONSchema(): only they keep the schema's
 * Danish error messages, which the form shows when a pattern fails. Fields come in the schema's key
 * order, then the Markdown body. A schema type the walk does not know is an error, never a guess.
 */
export interface FormContext {
  kind: ContentKind;
  language: FormLanguage;
  /** Where the form runs: `npm run edit` has the project's own widgets, the production editor Decap's alone. */
  mode: 'local' | 'production';
}

/** A form field's path in its schema: "legalBases.article"; "statutes[]" is an item of a list of texts. */
const childPath = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** The bounds a list's checks set, as Decap's min and max. */
function lengthBounds(schema: z.ZodType): { min?: number; max?: number } {
  const bounds: { min?: number; max?: number } = {};
  for (const check of schema.def.checks ?? []) {
    const def = check._zod.def;
    if (def.check === 'min_length') bounds.min = (def as z.core.$ZodCheckMinLengthDef).minimum;
    if (def.check === 'max_length') bounds.max = (def as z.core.$ZodCheckMaxLengthDef).maximum;
  }
  return bounds;
}

const isDate = (schema: z.ZodType) =>
  (schema.def.checks ?? []).some((check) => {
    const def = check._zod.def as Partial<z.core.$ZodCheckRegexDef>;
    return def.format === 'regex' && def.pattern?.source === isoDatePattern.source;
  });

type Widget = DistributiveOmit<DecapField, 'name' | 'label' | 'hint' | 'required' | 'pattern'> &
  Pick<DecapField, 'pattern'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * `within` is the label of the optional object a field sits in, if any. Decap demands a required field even
 * when its optional object is left empty (decaporg/decap-cms#7748), so such a field is optional in the form
 * and its help says when it is needed; the content check still requires it. List items start afresh: an
 * item exists only when the editor adds it.
 */
function widgetFor(schema: z.ZodType, path: string, context: FormContext, within?: string): Widget {
  const reference = contentReferences[context.kind]?.[path];
  if (reference)
    return schema instanceof z.ZodArray
      ? { ...reference, multiple: true, ...lengthBounds(schema) }
      : reference;
  // Web and e-mail addresses are string formats, not z.ZodString instances: ask the definition's type.
  if (schema.def.type === 'string') {
    // Decap's own date picker rolls an impossible date over into another one; a date is text read strictly.
    if (isDate(schema))
      return context.mode === 'local'
        ? { widget: typedDateWidget }
        : { widget: 'string', pattern: stringPattern(schema) };
    const leaf = path.replace(/\[\]$/, '').split('.').at(-1)!;
    const pattern = stringPattern(schema);
    return { widget: proseFields.has(leaf) ? 'text' : 'string', ...(pattern && { pattern }) };
  }
  if (schema instanceof z.ZodNumber && schema.isInt) {
    return { widget: 'number', value_type: 'int', ...(schema.minValue !== null && { min: schema.minValue }) };
  }
  if (schema instanceof z.ZodBoolean) return { widget: 'boolean' };
  if (schema instanceof z.ZodEnum) return { widget: 'select', options: enumOptionsOf(schema) };
  if (schema instanceof z.ZodObject)
    return { widget: 'object', fields: objectFields(schema, path, context, within) };
  if (schema instanceof z.ZodArray) {
    const element = schema.element as z.ZodType;
    const bounds = lengthBounds(schema);
    if (element instanceof z.ZodEnum)
      return { widget: 'select', options: enumOptionsOf(element), multiple: true, ...bounds };
    const name = path.split('.').at(-1)!;
    const label_singular = singularLabel(name);
    if (element instanceof z.ZodObject) {
      const fields = objectFields(element, path, context);
      return { widget: listWidget(path, context), label_singular, ...itemsOf(fields), ...bounds };
    }
    // Collapsed, an item shows its text rather than the list's label.
    return {
      widget: 'list',
      label_singular,
      field: formField(name, element, `${path}[]`, context),
      summary: `{{fields.${name} | default('${unfilled}')}}`,
      ...bounds,
    };
  }
  throw new Error(`The editor has no form field for the schema type "${schema.type}" at "${path}".`);
}

/**
 * A list's items. Decap shows a collapsed item by a summary template that can only repeat a value as the
 * file writes it ("ordinary", "6(1)(e)"), so an item with a choice is a typed list keyed by that choice:
 * one type per value, whose summary holds the value's Danish words as text ("Almindelige
 * personoplysninger: …"). The item is saved as before (`kind: ordinary`), and every type keeps the
 * choice among its fields, so an item's choice can still be changed.
 */
function itemsOf(fields: DecapField[]): DecapItems {
  const choice = fields.find((field) => field.widget === 'select' && !field.multiple);
  if (choice?.widget !== 'select') return { fields };
  const text = fields.find((field) => field.widget === 'string' || field.widget === 'text');
  return {
    typeKey: choice.name,
    types: choice.options.map(({ label, value }) => ({
      name: value,
      label,
      widget: 'object',
      summary: text ? itemSummary(label, text.name, fields.indexOf(text) < fields.indexOf(choice)) : label,
      fields,
    })),
  };
}

/** A notice's list where an empty list says "none" is a choice of three in `npm run edit` (stated-list.ts). */
const listWidget = (path: string, { kind, language, mode }: FormContext) =>
  kind === 'purpose' && language === 'source' && mode === 'local' && listsWhereEmptyMeansNone.has(path)
    ? statedListWidget
    : 'list';

/** A collapsed item whose text is still empty. */
const unfilled = 'Nyt punkt, ikke udfyldt';

/** "Almindelige personoplysninger: {{fields.description}}", without the colon while the text is empty. */
function itemSummary(label: string, text: string, textFirst: boolean) {
  const value = `{{fields.${text}}}`;
  const colon = `{{fields.${text} | ternary(': ', '')}}`;
  return textFirst ? `${value}${colon}${label}` : `${label}${colon}${value}`;
}

const enumOptionsOf = (schema: z.ZodEnum) => enumOptions(schema.options as string[]);

function formField(
  name: string,
  schema: z.ZodType,
  path: string,
  context: FormContext,
  within?: string,
): DecapField {
  const optional = schema instanceof z.ZodOptional;
  const inner = optional ? (schema as z.ZodOptional<z.ZodType>).unwrap() : schema;
  const label = fieldLabel(name);
  const help = fieldHelp(context.kind, context.language, path);
  return {
    name,
    label,
    hint: within && !optional ? `${help} ${neededWith(within)}` : help,
    ...((optional || within) && { required: false }),
    ...widgetFor(inner, path, context, optional ? `»${label}«` : within),
  };
}

function objectFields(
  schema: z.ZodObject,
  path: string,
  context: FormContext,
  within?: string,
): DecapField[] {
  return Object.entries(schema.shape)
    .filter(([key]) => key !== sourceFingerprintsField)
    .map(([key, field]) => formField(key, field as z.ZodType, childPath(path, key), context, within));
}

/**
 * The form of a file: its frontmatter's fields, then its Markdown body, written as is (raw mode only). A
 * translation's source fingerprints are not in the form: the save writes them (scripts/lib/editor-save.ts).
 */
export function formFields(schema: z.ZodObject, context: FormContext): DecapField[] {
  return [
    ...objectFields(schema, '', context),
    {
      name: 'body',
      label: fieldLabel('body'),
      hint: fieldHelp(context.kind, context.language, 'body'),
      required: false,
      widget: 'markdown',
      modes: ['raw'],
    },
  ];
}

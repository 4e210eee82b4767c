import { describe, expect, it } from 'vitest';

import { sourceFingerprintsField } from '@/lib/content/translation-schema';

import { coveredPaths, forms, type FormField } from './form-paths';

const datePattern = String.raw`^\d{4}-\d{2}-\d{2}$`;
/** Fields whose text must name something in the content: the form offers those names instead. */
const references: Record<string, string> = { 'purpose:topic': 'topics', 'agreement:parties': 'authorities' };

const formAtIn = (formFields: FormField[]) => (path: string) =>
  formFields.find((field) => coveredPaths(field).includes(path))?.field;

describe.each(forms)('the form of $name', ({ schemaFields, formFields }) => {
  const covered = formFields.flatMap(coveredPaths);
  const formAt = formAtIn(formFields);

  it('has exactly one form field for every field of the schema, nested ones included', () => {
    expect(schemaFields.length).toBeGreaterThan(3);
    for (const { path } of schemaFields)
      expect([path, covered.filter((p) => p === path).length]).toEqual([path, 1]);
  });

  it('has no form field the schema lacks, besides the Markdown body', () => {
    const schemaPaths = new Set(schemaFields.map((field) => field.path));
    expect(covered.filter((path) => !schemaPaths.has(path))).toEqual(['body']);
    expect(formAt('body')).toMatchObject({ widget: 'markdown', modes: ['raw'], required: false });
  });

  it('marks a field optional exactly when the schema does, or when it sits in an optional object', () => {
    for (const { path, required, withinOptional } of schemaFields) {
      const field = formAt(path)!;
      // A multiple select is both a list and its items; the list's marking is the one that counts.
      if (path.endsWith('[]') && field.widget === 'select') continue;
      expect([path, field.required !== false]).toEqual([path, required && !withinOptional]);
      if (required && withinOptional) expect(field.hint).toMatch(/Skal udfyldes, når ».+« er udfyldt\.$/);
    }
  });
});

describe('the form of a translation', () => {
  it('leaves out the source fingerprints, which the tools write', () => {
    const translations = forms.filter(({ name }) => name.startsWith('a translation'));
    expect(translations.length).toBeGreaterThan(0);
    for (const { formFields } of translations)
      expect(formFields.map(({ path }) => path)).not.toContain(sourceFingerprintsField);
  });
});

/** Every field of every schema with the form field at its path: the widget rules hold across all forms. */
const pairs = forms.flatMap(({ kind, schemaFields, formFields }) =>
  schemaFields.map((field) => ({ ...field, kind, form: formAtIn(formFields)(field.path)! })),
);
const where = (predicate: (pair: (typeof pairs)[number]) => boolean) => {
  const found = pairs.filter(predicate);
  expect(found.length).toBeGreaterThan(0);
  return found;
};

describe('the form fields of every schema', () => {
  it('offer the values of each fixed list, in the schema’s order', () => {
    for (const { path, node, form } of where((pair) => pair.node.enum !== undefined)) {
      expect([path, form.widget === 'select' && form.options.map((option) => option.value)]).toEqual([
        path,
        node.enum,
      ]);
    }
  });

  it('ask for dates with the date field that reads the Danish way of writing one', () => {
    for (const { path, form } of where((pair) => pair.node.pattern === datePattern))
      expect([path, form]).toEqual([path, expect.objectContaining({ widget: 'typed-date' })]);
  });

  it('ask for whole numbers with the schema’s minimum, and for yes or no with a switch', () => {
    for (const { path, node, form } of where((pair) => pair.node.type === 'integer'))
      expect([path, form]).toMatchObject([path, { widget: 'number', value_type: 'int', min: node.minimum }]);
    for (const { path, form } of where((pair) => pair.node.type === 'boolean'))
      expect([path, form.widget]).toEqual([path, 'boolean']);
  });

  it('give lists the schema’s least and greatest number of items', () => {
    for (const { path, node, form } of where((pair) => pair.node.type === 'array')) {
      expect([path, ['list', 'stated-list', 'select', 'relation'].includes(form.widget)]).toEqual([
        path,
        true,
      ]);
      expect([path, 'min' in form ? form.min : undefined]).toEqual([path, node.minItems]);
      expect([path, 'max' in form ? form.max : undefined]).toEqual([path, node.maxItems]);
    }
  });

  it('let a field that names a topic or an authority pick one the content has when the editor opens it', () => {
    const picks = where((pair) => references[`${pair.kind}:${pair.path}`] !== undefined).map(
      ({ kind, path, form }) => ({ field: `${kind}:${path}`, ...form }),
    );
    expect(picks).toEqual([
      expect.objectContaining({
        field: 'purpose:topic',
        widget: 'relation',
        collection: 'shared',
        file: 'topics',
        value_field: 'topics.*.id',
        display_fields: ['topics.*.title'],
      }),
      expect.objectContaining({
        field: 'agreement:parties',
        widget: 'relation',
        collection: 'authorities',
        value_field: '{{slug}}',
        display_fields: ['name'],
        multiple: true,
        min: 2,
      }),
    ]);
  });
});

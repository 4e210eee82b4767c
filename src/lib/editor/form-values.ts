type Plain = Record<string, unknown>;

export const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * A value as the file means it: an optional field the form left empty ('' or null) is no field, and an
 * object with nothing in it is no object, unless the file has an empty map there, as in `contactForm: {}`,
 * where the key itself says something. Empty lists stay: `recipients: []` means "nobody".
 * Returns undefined for "absent". `original` is the file's value at the same place, to recognise those maps.
 */
export function meaningOf(value: unknown, original: unknown): unknown {
  if (Array.isArray(value)) {
    const originalItems = Array.isArray(original) ? original : [];
    return value
      .map((item, index) => meaningOf(item, originalItems[index]))
      .filter((item) => item !== undefined);
  }
  if (isPlainObject(value)) {
    const originalObject = isPlainObject(original) ? original : {};
    const entries = Object.entries(value)
      .map(([key, item]) => [key, meaningOf(item, originalObject[key])] as const)
      .filter(([, item]) => item !== undefined);
    const keptEmpty = isPlainObject(original) && Object.keys(original).length === 0;
    return entries.length === 0 && !keptEmpty ? undefined : Object.fromEntries(entries);
  }
  return isEmpty(value) ? undefined : value;
}

/** Deep equality of YAML-like values; key order does not count, list order does. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((key) => key in b && sameValue(a[key], b[key]))
    );
  }
  return Object.is(a, b);
}

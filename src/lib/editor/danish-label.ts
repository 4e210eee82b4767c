import { fieldNames } from '../content/field-names';

/** "kontakt til den dataansvarlige" → "Kontakt til den dataansvarlige": a label's first letter is upper case. */
export const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('da') + text.slice(1);

/**
 * Where the form's words differ from the file's: a form has no frontmatter, so the text after it is
 * simply the body text.
 */
const formNames: Record<string, string> = { body: 'brødtekst' };

/** A field's label: its Danish name from fieldNames, the one list of the model's field names in Danish. */
export function fieldLabel(name: string): string {
  const danish = formNames[name] ?? fieldNames[name];
  if (!danish) throw new Error(`The field "${name}" has no Danish name in src/lib/content/field-names.ts.`);
  return capitalised(danish);
}

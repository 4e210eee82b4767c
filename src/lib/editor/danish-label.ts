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

/**
 * One item of each list, as Decap counts and adds them: "1 kategori af oplysninger", "Tilføj ændring".
 * A list not named here is its own singular ("1 retsgrundlag").
 */
const singularNames: Record<string, string> = {
  changes: 'ændring',
  dataCategories: 'kategori af oplysninger',
  dataSubjects: 'gruppe af registrerede',
  handles: 'opgave',
  knownGaps: 'kendt mangel',
  letter: 'adresselinje',
  recipients: 'modtager',
  rights: 'rettighed',
  situations: 'situation',
  sourceNotes: 'note om oplysningerne',
  sources: 'kilde',
  statutes: 'anden regel',
  topics: 'emne',
  transfers: 'overførsel',
};

/** The label of one item of the list `name`: "Kategori af oplysninger". */
export const singularLabel = (name: string) =>
  singularNames[name] ? capitalised(singularNames[name]) : fieldLabel(name);

/**
 * Lists where an empty list is itself an answer (schema.ts): `recipients: []` says there are no
 * recipients, `transfers: []` that nothing is transferred, while a missing field says the notice does not
 * state it. In `npm run edit` such a list is asked as a choice of three (the project's own widget,
 * src/components/editor/stated-list-control.tsx), so "ingen" is said without adding and removing an item.
 */
export const statedListWidget = 'stated-list';

/** The notice's lists where an empty list means "none" (see the schema's comments on them). */
export const listsWhereEmptyMeansNone: ReadonlySet<string> = new Set(['recipients', 'transfers']);

export type StatedListChoice = 'notStated' | 'none' | 'following';

/** The three choices as the form names them, in the order it shows them. */
export const statedListChoices: readonly { choice: StatedListChoice; label: string }[] = [
  { choice: 'notStated', label: 'Ikke oplyst' },
  { choice: 'none', label: 'Ingen' },
  { choice: 'following', label: 'Følgende' },
];

/** The choice a list's value states: absent is not stated, empty is none. */
export function statedListChoiceOf(items: number | undefined): StatedListChoice {
  if (items === undefined) return 'notStated';
  return items === 0 ? 'none' : 'following';
}

/** The message when "Følgende" is chosen with nothing listed: "Modtagere: tilføj mindst én modtager, …". */
export const nothingListed = (label: string, singular: string) =>
  `${label}: tilføj mindst én ${singular}, eller vælg »Ingen«.`;
